import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  entryNames,
  findFirst,
  glossaryProblems,
  linkFirstUses,
  mdxSections,
  sectionsUsing,
  synonymGroups,
  termPattern,
  type GlossaryEntry,
  previewText,
} from './glossary';

const entry = (id: string, term: string, aliases: string[] = [], synonyms: string[] = []): GlossaryEntry => ({
  id,
  term,
  aliases,
  synonyms,
  definition: 'A definition long enough.',
  source: { question: 1 },
});

describe('termPattern and findFirst', () => {
  test('whole words, a plural allowed; names with inner capitals only as written', () => {
    expect(termPattern('MID Server').test('Place MID Servers close')).toBe(true);
    expect(termPattern('MID Server').test('a mid server')).toBe(false);
    expect(termPattern('spoke').test('Pre-built Spokes')).toBe(true);
    expect(termPattern('spoke').test('spokesperson')).toBe(false);
    expect(termPattern('event').test('event-driven flows')).toBe(false);
    expect(termPattern('on-prem').test('on-premise')).toBe(false);
    expect(termPattern('API_INT').test('the `API_INT` pool')).toBe(true);
    expect(termPattern('OAuth 2.0').test('OAuth 2.0 with client credentials')).toBe(true);
  });
  test('the earliest name wins, the longest at the same place', () => {
    expect(findFirst('Use Mutual TLS (mTLS) here', ['mTLS', 'Mutual TLS'])).toEqual({ index: 4, length: 10 });
    expect(findFirst('nothing here', ['mTLS'])).toBeNull();
  });
});

describe('glossaryProblems', () => {
  test('a name used twice, in any case, is a problem naming both entries', () => {
    expect(glossaryProblems([entry('a', 'MCP'), entry('b', 'Model Context Protocol', ['mcp'])])).toEqual([
      '"mcp" (in "b") is already a name of "a": every term, alias and synonym must be unique',
    ]);
    expect(glossaryProblems([entry('a', 'X'), entry('a', 'Y')])).toEqual(['the id "a" is used twice']);
    expect(glossaryProblems([entry('a', 'X', ['Y'], ['z'])])).toEqual([]);
  });
  test('synonym groups: term, aliases and synonyms of the entries that have any', () => {
    expect(synonymGroups([entry('a', 'rate limit', ['rate limiting'], ['429']), entry('b', 'semaphore')])).toEqual([
      ['rate limit', 'rate limiting', '429'],
    ]);
    expect(entryNames(entry('a', 'IDR', ['Instance Data Replication'], ['x']))).toEqual([
      'IDR',
      'Instance Data Replication',
    ]);
  });
});

describe('mdxSections and sectionsUsing', () => {
  const mdx =
    '---\nnumber: 1\n---\n\n## Retry **Policies** (408)\n\nUse a circuit breaker.\n\n```\n## not a heading\n```\n\n### Idempotency Design\n\nKeys.\n';
  test('splits at headings, anchored like the rendered page, skipping code fences', () => {
    const sections = mdxSections(mdx);
    expect(sections.map((s) => s.slug)).toEqual(['retry-policies-408', 'idempotency-design']);
    expect(sections[0]?.body).toContain('## not a heading');
  });
  test('lists every section that names the entry', () => {
    const pages = [
      {
        sections: mdxSections(mdx).map((s) => ({
          link: { question: 11, section: s.slug },
          text: `${s.heading}\n${s.body}`,
        })),
      },
    ];
    expect(sectionsUsing(entry('c', 'circuit breaker'), pages)).toEqual([
      { question: 11, section: 'retry-policies-408' },
    ]);
    expect(sectionsUsing(entry('i', 'idempotency'), pages)).toEqual([{ question: 11, section: 'idempotency-design' }]);
  });
});

describe('linkFirstUses', () => {
  const entries = [entry('mid-server', 'MID Server'), entry('mutual-tls', 'Mutual TLS', ['mTLS'])];
  test('cuts a text at each first use, once per page', () => {
    const linked = new Set<string>();
    expect(linkFirstUses('Use MID Server for outbound mTLS to a MID Server', entries, linked)).toEqual([
      { text: 'Use ' },
      { text: 'MID Server', term: 'mid-server' },
      { text: ' for outbound ' },
      { text: 'mTLS', term: 'mutual-tls' },
      { text: ' to a MID Server' },
    ]);
    expect(linkFirstUses('MID Server again', entries, linked)).toEqual([{ text: 'MID Server again' }]);
  });
});

describe('content/glossary.yaml and its study cards', () => {
  const read = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
  const glossary = parse(read('glossary.yaml')) as GlossaryEntry[];
  const cards = (
    parse(read('study/glossary.yaml')) as {
      cards: { id: string; kind: string; answer: string; tags: string[]; source: unknown }[];
    }
  ).cards;
  test('about fifty terms, every name unique', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(50);
    expect(
      glossaryProblems(glossary.map((e) => ({ ...e, aliases: e.aliases ?? [], synonyms: e.synonyms ?? [] }))),
    ).toEqual([]);
  });
  test('one recall card per term, tagged glossary, with the definition as answer and the same source', () => {
    expect(cards.map((c) => c.id)).toEqual(glossary.map((e) => `glossary-${e.id}`));
    for (const [index, card] of cards.entries()) {
      const term = glossary[index];
      expect(card.kind, card.id).toBe('recall');
      expect(card.tags, card.id).toContain('glossary');
      expect(card.answer, card.id).toBe(term?.definition);
      expect(card.source, card.id).toEqual(term?.source);
    }
  });
});

describe('previewText', () => {
  test('names the term only when the linked words are another', () => {
    expect(previewText('MID Server', 'A server.', 'MID Server')).toBe('A server.');
    expect(previewText('MID Server', 'A server.', ' mid  server ')).toBe('A server.');
    expect(previewText('Data Fabric Tables', 'Unified access.', 'Zero Copy')).toBe(
      'Data Fabric Tables: Unified access.',
    );
    expect(previewText('event', 'A message.', 'events')).toBe('event: A message.');
  });
});
