// The deck as authored in content/study/*.yaml, checked against the other content and the seed:
// some of the rules the build enforces (src/content.config.ts; sources: src/content-checks.ts), plus coverage
// and fidelity rules that only a test can hold (orderings follow the seed's order).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CARD_KINDS, duplicateIds, isQuizzable, topicOf, type AuthoredCard } from './deck';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const studyFiles = readdirSync(new URL('content/study/', root))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const cards = studyFiles.flatMap((file) =>
  (parse(read(`content/study/${file}`)) as { cards: AuthoredCard[] }).cards.map((card) => ({ ...card, file })),
);

const questionFiles = readdirSync(new URL('content/questions/', root))
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const steps = questionFiles.map((f) =>
  String((parse(read(`content/questions/${f}`).split(/^---$/m)[1] ?? '') as { step: string }).step),
);
const patterns = parse(read('content/patterns.yaml')) as { id: string; name: string }[];
const checklist = (parse(read('content/checklist.yaml')) as { items: { id: string; questions: number[] }[] }[]).flatMap(
  (g) => g.items,
);
const checklistQuestions = new Map(checklist.map((i) => [i.id, i.questions]));
const topicOfCard = (card: AuthoredCard) => topicOf(card.source, checklistQuestions);

// --- The seed, for orderings ---
const seed = read('e2e/fixtures/integration-design.md').split('\n');
const plain = (text: string) => text.replace(/\*\*|`/g, '').replace(/\s+/g, ' ');
/** The text of the seed section under the heading matching `heading`, up to the next heading of the same or a higher level. */
function seedSection(heading: RegExp): string {
  const start = seed.findIndex((line) => heading.test(line));
  if (start === -1) throw new Error(`the seed has no heading ${heading}`);
  const level = /^#+/.exec(seed[start] ?? '')?.[0].length ?? 0;
  const end = seed.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}}\\s`).test(line));
  return plain(seed.slice(start + 1, end === -1 ? undefined : end).join('\n'));
}
function seedRegion(card: AuthoredCard): string {
  const s = card.source;
  if ('question' in s) return seedSection(new RegExp(`^### Question ${s.question}: `));
  if ('example' in s) return seedSection(new RegExp(`^### Q${s.example}: `));
  if ('pattern' in s) return seedSection(/^## The 9 Architectural Patterns Reference$/);
  return seedSection(/^## Integration Design Checklist$/);
}
/** Where each item is found, each searched after the one before; -1 for an item not found in order. */
function positionsInOrder(text: string, items: readonly string[]): number[] {
  let from = 0;
  return items.map((item) => {
    const at = text.indexOf(item, from);
    if (at !== -1) from = at + item.length;
    return at;
  });
}

describe('the study deck', () => {
  it('has at least 120 cards, of all four kinds, with unique kebab-case ids', () => {
    expect(cards.length).toBeGreaterThanOrEqual(120);
    expect(duplicateIds(cards)).toEqual([]);
    for (const card of cards) expect(card.id, card.file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const kinds = new Map(CARD_KINDS.map((kind) => [kind, cards.filter((c) => c.kind === kind).length]));
    for (const [kind, count] of kinds) expect(count, kind).toBeGreaterThanOrEqual(10);
  });

  it('has every answer among its options, and no option twice', () => {
    for (const card of cards) {
      if (card.kind !== 'choice' && card.kind !== 'scenario') continue;
      expect(card.options, card.id).toContain(card.answer);
      expect(new Set(card.options).size, card.id).toBe(card.options.length);
      expect(card.options.length, card.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every card a prompt, an explanation and tags, and every scenario its situation', () => {
    for (const card of cards) {
      expect(card.prompt.length, card.id).toBeGreaterThan(10);
      expect(card.explanation.length, card.id).toBeGreaterThan(20);
      expect(card.tags.length, card.id).toBeGreaterThan(0);
      if (card.kind === 'scenario') expect(card.situation.length, card.id).toBeGreaterThan(40);
    }
  });

  it('covers each of the 17 questions and each of the 9 patterns, with scorable quiz questions for every topic', () => {
    for (let n = 1; n <= 17; n += 1) {
      const topic = cards.filter((c) => topicOfCard(c) === `q${n}`);
      expect(topic.length, `question ${n}`).toBeGreaterThanOrEqual(4);
      expect(topic.filter(isQuizzable).length, `question ${n} in quizzes`).toBeGreaterThanOrEqual(2);
    }
    for (const pattern of patterns)
      expect(
        cards.filter((c) => 'pattern' in c.source && c.source.pattern === pattern.id).length,
        pattern.id,
      ).toBeGreaterThan(0);
  });

  it('includes scenarios on the situations the issue names: telco MSP eBonding, a bank needing mTLS, a Kafka shop, an SFTP-only payroll', () => {
    const scenarios = cards.filter((c) => c.kind === 'scenario').map((c) => (c.kind === 'scenario' ? c.situation : ''));
    for (const words of [/telco/i, /bank/i, /Kafka/, /SFTP/])
      expect(
        scenarios.some((s) => words.test(s)),
        String(words),
      ).toBe(true);
  });
});

describe('orderings follow the cheat sheet', () => {
  const orderings = cards.filter((c): c is typeof c & { kind: 'ordering' } => c.kind === 'ordering');

  it('there are orderings for the protocols, the authentication methods and the 17 flow steps', () => {
    const answers = orderings.map((c) => c.answer.join(' | '));
    expect(answers).toContain('REST (JSON) | GraphQL | SOAP (XML) | Event Streaming (Kafka) | File-based | Email/RPA');
    expect(answers).toContain('Mutual TLS (mTLS) | OAuth 2.0 | API Key/Token | Basic Auth');
    expect(orderings.some((c) => c.answer.length === 17)).toBe(true);
  });

  it('every ordering of flow steps lists question step labels in the flow’s order', () => {
    const labels = steps.map((step) => (step.split('→')[0] ?? '').trim());
    for (const card of orderings.filter((c) => c.tags.includes('decision-flow'))) {
      const indexes = card.answer.map((item) => labels.indexOf(item));
      expect(
        indexes.every((i) => i >= 0),
        `${card.id}: every item is a flow step label`,
      ).toBe(true);
      expect(
        [...indexes].sort((a, b) => a - b),
        card.id,
      ).toEqual(indexes);
    }
  });

  it('every other ordering lists items that appear, in that order, in its source section of the seed', () => {
    for (const card of orderings.filter((c) => !c.tags.includes('decision-flow'))) {
      const positions = positionsInOrder(seedRegion(card), card.answer);
      expect(
        positions.every((p) => p >= 0),
        `${card.id}: ${card.answer.join(' → ')} in the seed`,
      ).toBe(true);
    }
  });

  it('the order check catches a swapped ordering', () => {
    const protocols = orderings.find((c) => c.id === 'q6-protocol-order');
    if (!protocols) throw new Error('q6-protocol-order is missing');
    const swapped = [protocols.answer[1] ?? '', protocols.answer[0] ?? '', ...protocols.answer.slice(2)];
    expect(positionsInOrder(seedRegion(protocols), swapped).every((p) => p >= 0)).toBe(false);
  });
});
