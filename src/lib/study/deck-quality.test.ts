// The deck as an exam-prep instrument (issue 13): enough cards and judgement cards, no answer cues a
// test-wise reader could exploit instead of knowing the framework, and no two cards asking the same thing.
// Reads content/study/*.yaml like deck-content.test.ts; the glossary file is not part of the deck's counts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuthoredCard } from './deck';

const dir = new URL('../../../content/study/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'glossary.yaml');
const cards = files.flatMap((f) => (parse(readFileSync(new URL(f, dir), 'utf8')) as { cards: AuthoredCard[] }).cards);

type Quiz = AuthoredCard & { kind: 'choice' | 'scenario' };
const quizzes = cards.filter((c): c is Quiz => c.kind === 'choice' || c.kind === 'scenario');

const STOP = new Set(
  'a an and are as at be by does for from how in is it its of on or that the this to what when which with'.split(' '),
);
/** The content words of a text: lower case, no punctuation, no stop words. */
const words = (text: string) => new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)));
const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((w) => b.has(w)).length;

/** The cues a reader could pick the answer by without knowing it, for one quiz card. */
function cues(card: Pick<Quiz, 'options' | 'answer' | 'prompt'> & { situation?: string }) {
  const others = card.options.filter((o) => o !== card.answer);
  const asked = words(`${card.prompt} ${card.situation ?? ''}`);
  const shared = (o: string) => overlap(words(o), asked);
  return {
    longest: others.every((o) => o.length < card.answer.length),
    shortest: others.every((o) => o.length > card.answer.length),
    mostShared: shared(card.answer) > 0 && others.every((o) => shared(o) < shared(card.answer)),
    /** 1 when no option is longer than the answer, up to the number of options. */
    lengthRank: 1 + others.filter((o) => o.length > card.answer.length).length,
  };
}
const share = (list: readonly Quiz[], cue: 'longest' | 'shortest' | 'mostShared') =>
  list.filter((c) => cues(c)[cue]).length / list.length;

// A section is named by its heading up to any parenthesis ("Retry Policies", "Choose Data Persistence"), the
// heading anchors as the question pages render them (lower case, punctuation dropped, spaces to hyphens).
const questionDir = new URL('../../../content/questions/', import.meta.url);
const headings = new Map<string, string>();
for (const f of readdirSync(questionDir).filter((name) => name.endsWith('.mdx'))) {
  const n = Number(f.slice(0, 2));
  headings.set(`${n}:why-this-matters`, 'Why this matters');
  headings.set(`${n}:related`, `step ${n}`);
  for (const [, text = ''] of readFileSync(new URL(f, questionDir), 'utf8').matchAll(/^#{2,3} (.+)$/gm))
    headings.set(
      `${n}:${text
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replace(/ /g, '-')}`,
      text,
    );
}
function sectionName(question: number, section: string): string {
  const heading = headings.get(`${question}:${section}`);
  if (heading === undefined) throw new Error(`question ${question} has no section ${section}`);
  return heading.split(' (')[0] ?? heading;
}
const plainWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const JUDGEMENT_KINDS = ['trade-off', 'find-the-flaw', 'combine', 'defend'] as const;
const judgement = cards.filter((c) => c.tags.includes('judgement'));

describe('the deck’s size', () => {
  it('has 265+ cards and 60+ judgement cards, each of one judgement kind and a quiz card', () => {
    console.log(
      `deck: ${cards.length} cards, ${quizzes.length} multiple-choice or scenario, ${judgement.length} judgement`,
    );
    for (const kind of JUDGEMENT_KINDS)
      console.log(`  judgement ${kind}: ${judgement.filter((c) => c.tags.includes(kind)).length}`);
    expect(cards.length).toBeGreaterThanOrEqual(265);
    expect(judgement.length).toBeGreaterThanOrEqual(60);
    for (const card of judgement) {
      expect(
        JUDGEMENT_KINDS.filter((k) => card.tags.includes(k)),
        card.id,
      ).toHaveLength(1);
      expect(['choice', 'scenario'], card.id).toContain(card.kind);
    }
    for (const kind of JUDGEMENT_KINDS)
      expect(judgement.filter((c) => c.tags.includes(kind)).length, kind).toBeGreaterThanOrEqual(10);
  });

  it('has every judgement explanation name its source: the question and section, example step or checklist', () => {
    for (const card of judgement) {
      const s = card.source;
      const named =
        'question' in s
          ? [`Question ${s.question}`, ...(s.section === undefined ? [] : [sectionName(s.question, s.section)])]
          : 'example' in s
            ? ['worked example', `Q${s.example}`]
            : ['checklist'];
      for (const name of named) expect(plainWords(card.explanation), card.id).toContain(plainWords(name));
    }
  });
});

describe('answer cues', () => {
  it('keeps the answer the only longest, only shortest or most prompt-like option in ≤ 1 card in 4', () => {
    const figures = (['longest', 'shortest', 'mostShared'] as const).map((cue) => [cue, share(quizzes, cue)] as const);
    console.log(
      `answer cues over ${quizzes.length} quiz cards: ` +
        figures.map(([cue, value]) => `${cue} ${(value * 100).toFixed(1)}%`).join(', '),
    );
    for (const [cue, value] of figures) expect(value, cue).toBeLessThanOrEqual(0.25);
  });

  it('spreads the answer’s length rank: no rank (longest, second, …) holds over 2 cards in 5', () => {
    const ranks = new Map<number, number>();
    for (const card of quizzes) ranks.set(cues(card).lengthRank, (ranks.get(cues(card).lengthRank) ?? 0) + 1);
    console.log(
      `answer length ranks: ${[...ranks]
        .sort(([a], [b]) => a - b)
        .map(([r, n]) => `${r}: ${n}`)
        .join(', ')}`,
    );
    for (const [rank, count] of ranks) expect(count / quizzes.length, `rank ${rank}`).toBeLessThanOrEqual(0.4);
  });

  it('the measure catches cues: a card whose answer alone is padded, or echoes the prompt, is flagged', () => {
    const card = {
      prompt: 'Which header carries the idempotency key?',
      options: ['X-Idempotency-Key', 'Retry-After', 'Content-Type'],
      answer: 'Retry-After',
    };
    expect(cues(card)).toMatchObject({ longest: false, shortest: true, mostShared: false });
    const padded = {
      ...card,
      answer: 'Retry-After, the header a server sends',
      options: ['X-Idempotency-Key', 'Retry-After, the header a server sends', 'Content-Type'],
    };
    expect(cues(padded).longest).toBe(true);
    expect(cues({ ...card, answer: 'X-Idempotency-Key' }).mostShared).toBe(true);
  });
});

// Two cards ask the same thing when they share the answer and most of what they ask (half of the content words
// of prompt and situation or more), or ask in the very same words. Cards that share an answer but ask about
// different facts (two checklist items in one group) stay apart: their prompts share far less.
function nearDuplicates(deck: readonly AuthoredCard[]): string[] {
  const keyed = deck.map((card) => {
    const asked = words(`${card.prompt} ${card.kind === 'scenario' ? card.situation : ''}`);
    const answer = [...words(Array.isArray(card.answer) ? card.answer.join(' ') : card.answer)].sort().join(' ');
    return { id: card.id, asked, askedKey: [...asked].sort().join(' '), answer };
  });
  const found: string[] = [];
  keyed.forEach((a, i) => {
    for (const b of keyed.slice(i + 1)) {
      const shared = overlap(a.asked, b.asked);
      const similarity = shared / (a.asked.size + b.asked.size - shared || 1);
      if ((a.answer === b.answer && similarity >= 0.5) || a.askedKey === b.askedKey) found.push(`${a.id} ~ ${b.id}`);
    }
  });
  return found;
}

describe('near-duplicates', () => {
  it('has no two cards with the same answer to much the same prompt, nor two cards asked in the same words', () => {
    expect(nearDuplicates(cards)).toEqual([]);
  });

  it('the check catches a reworded copy and a copy with a new answer', () => {
    const card = cards.find((c) => c.id === 'q15-consuming');
    if (!card) throw new Error('q15-consuming is missing');
    const reworded = { ...card, id: 'copy', prompt: `${card.prompt} Pick one.` };
    expect(nearDuplicates([card, reworded])).toEqual(['q15-consuming ~ copy']);
    expect(nearDuplicates([card, { ...card, id: 'copy', answer: 'something else' } as AuthoredCard])).toEqual([
      'q15-consuming ~ copy',
    ]);
  });
});
