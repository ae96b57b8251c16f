/**
 * The study deck as the build makes it, once for the page and its deck file: every card of the
 * `study` collection with its topic derived and its source resolved to a link, in the order new
 * cards are introduced, the topics it is filed under, and the deck file's text and content hash.
 * (Files starting with "_" are not routes.)
 */
import { contentHash } from '../../build-hash';
import { getCollection } from 'astro:content';
import { getChecklist, getQuestions, getSourceTargets } from '../../data';
import { questionHeading, stepLabel } from '../../lib/questions';
import { questionPath, withBase } from '../../lib/paths';
import {
  CARD_KINDS,
  interleave,
  questionTopic,
  summarize,
  topicOf,
  type DeckCard,
  type TopicInfo,
  type TopicSummary,
} from '../../lib/study/deck';
import { sourceLink } from '../../lib/study/sources';

export interface StudyDeck {
  cards: DeckCard[];
  topics: TopicSummary[];
  /** The deck file's text (what /study/deck.<hash>.json serves). */
  json: string;
  /** The first 12 hex digits of the deck file's SHA-256: a new deck gets a new address. */
  hash: string;
}

async function build(): Promise<StudyDeck> {
  const base = import.meta.env.BASE_URL;
  const questions = await getQuestions();
  const checklistItems = (await getChecklist()).flatMap((group) => group.data.items);
  // Where a card's source can point (the rendered section anchors, patterns, checklist, example steps).
  const targets = await getSourceTargets();
  const checklistQuestions = new Map(checklistItems.map((item) => [item.id, item.questions]));

  const files = [...(await getCollection('study'))].sort((a, b) => a.id.localeCompare(b.id));
  const authored = files.flatMap((file) =>
    file.data.cards.map((card) => ({ card, file: `content/study/${file.id}.yaml` })),
  );
  const unordered: DeckCard[] = authored.map(({ card, file }) => {
    const link = sourceLink(card.source, targets);
    if ('problem' in link) throw new Error(`${file}: card "${card.id}": its source ${link.problem}`);
    const { tags, ...rest } = card;
    return {
      ...rest,
      topic: topicOf(card.source, checklistQuestions, tags),
      source: { href: withBase(base, link.href), label: link.label },
    };
  });

  const topicInfo: TopicInfo[] = [
    ...questions.map((q) => ({
      id: questionTopic(q.number),
      label: `Q${q.number} · ${stepLabel(q.data.step)}`,
      title: questionHeading({ number: q.number, title: q.data.title }),
      href: withBase(base, questionPath(q.id)),
    })),
    {
      id: 'patterns',
      label: 'Architectural patterns',
      title: 'The 9 Architectural Patterns',
      href: withBase(base, '/patterns/'),
    },
    {
      id: 'glossary',
      label: 'Glossary',
      title: 'The glossary',
      href: withBase(base, '/glossary/'),
    },
  ];
  // Within a topic: recall before choice, scenario and ordering, each file's order kept. Across
  // topics, new cards come in turn from each topic, in the framework's order.
  const rank = new Map(topicInfo.map((t, i) => [t.id, i]));
  const sorted = [...unordered].sort(
    (a, b) =>
      (rank.get(a.topic) ?? 0) - (rank.get(b.topic) ?? 0) || CARD_KINDS.indexOf(a.kind) - CARD_KINDS.indexOf(b.kind),
  );
  const cards = interleave(sorted);
  const json = JSON.stringify({ cards });
  return {
    cards,
    topics: summarize(sorted, topicInfo),
    json,
    hash: contentHash(json),
  };
}

let deck: Promise<StudyDeck> | undefined;
/** The deck, built once per build. */
export function getStudyDeck(): Promise<StudyDeck> {
  deck ??= build();
  return deck;
}
