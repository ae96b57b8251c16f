import type { DeckCard } from '../../lib/study/deck';
import { Rich } from './Rich';

/** The answer of a card, its explanation and the link to its source section. */
export function AnswerBlock({ card }: { card: DeckCard }) {
  return (
    <div className="study-answer">
      {card.kind === 'ordering' ? (
        <ol className="study-answer-order">
          {card.answer.map((item) => (
            <li key={item}>
              <Rich text={item} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="study-answer-text">
          <Rich text={card.answer} />
        </p>
      )}
      <p className="study-explanation">
        <Rich text={card.explanation} />
      </p>
      <p className="study-source">
        Source: <a href={card.source.href}>{card.source.label}</a>
      </p>
    </div>
  );
}
