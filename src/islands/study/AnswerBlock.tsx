import type { DeckCard } from '../../lib/study/deck';
import { Rich } from './Rich';

/** The answer of a card, its explanation and the link to its source section. */
export function AnswerBlock({ card }: { card: DeckCard }) {
  return (
    <div className="answer-block">
      {card.kind === 'ordering' ? (
        <ol className="answer-block-order">
          {card.answer.map((item) => (
            <li key={item}>
              <Rich text={item} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="answer-block-text">
          <Rich text={card.answer} />
        </p>
      )}
      <p className="answer-block-explanation">
        <Rich text={card.explanation} />
      </p>
      <p className="answer-block-source">
        Source: <a href={card.source.href}>{card.source.label}</a>
      </p>
    </div>
  );
}
