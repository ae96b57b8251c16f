import { forwardRef, useMemo } from 'react';
import { KIND_LABELS, type DeckCard } from '../../lib/study/deck';
import { hashText, scramble, seededRandom, shuffle } from '../../lib/study/random';
import { Rich } from './Rich';

interface Props {
  card: DeckCard;
  topicLabel: string;
  /** Mark the right option (after the answer is shown). */
  revealed: boolean;
}

/** The front of a flashcard: kind, topic, situation, prompt, and its options or items in a stable shuffled order. */
export const CardFront = forwardRef<HTMLHeadingElement, Props>(function CardFront(
  { card, topicLabel, revealed },
  headingRef,
) {
  const shown = useMemo(() => {
    const random = seededRandom(hashText(card.id));
    if (card.kind === 'ordering') return scramble(card.answer, random);
    return card.kind === 'recall' ? [] : shuffle(card.options, random);
  }, [card]);
  return (
    <>
      <p className="card-meta">
        <span className="card-kind">{KIND_LABELS[card.kind]}</span> <span>{topicLabel}</span>
      </p>
      {card.kind === 'scenario' && (
        <p className="card-situation">
          <Rich text={card.situation} />
        </p>
      )}
      <h2 className="card-prompt" tabIndex={-1} ref={headingRef}>
        <Rich text={card.prompt} />
      </h2>
      {card.kind === 'ordering' && (
        <>
          <p className="muted">Recall the order of:</p>
          <ul className="card-items">
            {shown.map((item) => (
              <li key={item}>
                <Rich text={item} />
              </li>
            ))}
          </ul>
        </>
      )}
      {(card.kind === 'choice' || card.kind === 'scenario') && (
        <ol className="card-options" type="A">
          {shown.map((option) => {
            const right = revealed && option === card.answer;
            return (
              <li key={option} className={right ? 'is-right' : undefined}>
                <Rich text={option} />
                {right && <span className="sr-only"> (the answer)</span>}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
});
