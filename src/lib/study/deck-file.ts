/**
 * The deck file (/study/deck.<hash>.json) as check.ts schemas: what the study tool accepts when it
 * fetches the deck, and the card type it works with. Loaded with the session views, not the overview.
 */
import {
  array,
  asObject,
  fail,
  object,
  oneOf,
  parse,
  schema,
  string,
  type Checked,
  type Infer,
  type Schema,
} from '../check';
import { CARD_KINDS, isTopicId, type CardKind, type TopicId } from './deck';

const TopicIdSchema: Schema<TopicId> = schema('a topic (q1…q17, patterns or glossary)', (value, path) =>
  typeof value === 'string' && isTopicId(value) ? value : fail(path, 'a topic (q1…q17, patterns or glossary)'),
);
const text = string({ min: 1, expected: 'a text' });
const common = {
  id: text,
  prompt: text,
  explanation: text,
  topic: TopicIdSchema,
  source: object({ href: text, label: text }),
};
const CARD_SCHEMAS = {
  recall: object({ ...common, kind: oneOf(['recall']), answer: text }),
  choice: object({ ...common, kind: oneOf(['choice']), options: array(text), answer: text }),
  scenario: object({ ...common, kind: oneOf(['scenario']), situation: text, options: array(text), answer: text }),
  ordering: object({ ...common, kind: oneOf(['ordering']), answer: array(text) }),
};
type CardOf<K extends CardKind> = Infer<(typeof CARD_SCHEMAS)[K]>;

/** A card as the study tool receives it: its topic derived, its source resolved to a link (tags stay at build time). */
export type DeckCard = CardOf<'recall'> | CardOf<'choice'> | CardOf<'scenario'> | CardOf<'ordering'>;

/** One card of the deck file, checked by its kind. */
export const DeckCardSchema: Schema<DeckCard> = schema('a card', (value, path) => {
  const kind = asObject(value, path)['kind'];
  if (kind === 'recall' || kind === 'choice' || kind === 'scenario' || kind === 'ordering')
    return CARD_SCHEMAS[kind].check(value, path);
  return fail(`${path}.kind`, `one of ${CARD_KINDS.join(', ')}`);
});

/** The deck file (/study/deck.<hash>.json), fetched when a session starts. */
export const DeckFileSchema = object({ cards: array(DeckCardSchema) });

/** The cards of a fetched deck file, or what is wrong with it. */
export function readDeckFile(data: unknown): Checked<DeckCard[]> {
  const checked = parse(DeckFileSchema, data, 'the deck');
  return checked.ok ? { ok: true, value: checked.value.cards } : checked;
}
