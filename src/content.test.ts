import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseQuestionFile, questionFileProblems } from './lib/content-rules';

// The content files as the build reads them: these tests hold the cross-references between them.
const root = new URL('../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const yaml = <T>(path: string) => parse(read(path)) as T;

const questionFiles = readdirSync(new URL('questions/', root))
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const frontmatter = (file: string) =>
  parse(read(`questions/${file}`).split(/^---$/m)[1] ?? '') as Record<string, unknown>;

interface Group {
  id: string;
  title: string;
  items: { id: string; text: string; questions: number[] }[];
}

describe('questions', () => {
  it('are 17 files numbered 01–17 without gaps', () => {
    expect(questionFileProblems(questionFiles)).toEqual([]);
    expect(questionFiles.map((f) => parseQuestionFile(f)?.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });
  it('carry the number of their file name, a title, a flow step, why it matters and https references', () => {
    for (const file of questionFiles) {
      const data = frontmatter(file);
      expect(data['number'], file).toBe(parseQuestionFile(file)?.number);
      expect(data['title'], file).toMatch(/\?$/);
      expect(data['step'], file).toMatch(/ → /);
      expect(String(data['why']).length, file).toBeGreaterThan(20);
      const refs = data['references'] as { url: string }[];
      expect(refs.length, file).toBeGreaterThan(0);
      for (const ref of refs) expect(ref.url, file).toMatch(/^https:\/\//);
    }
  });
});

describe('checklist', () => {
  const groups = yaml<Group[]>('checklist.yaml');
  it('has the seed groups and item counts', () => {
    expect(groups.map((g) => [g.title, g.items.length])).toEqual([
      ['Planning', 5],
      ['Architecture', 7],
      ['Implementation', 5],
      ['Operations', 4],
    ]);
  });
  it('has unique, stable item ids', () => {
    const ids = groups.flatMap((g) => g.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(21);
    expect(ids).toContain('authentication-method-selected');
  });
  it('points every item at existing questions', () => {
    for (const item of groups.flatMap((g) => g.items)) {
      expect(item.questions.length, item.id).toBeGreaterThan(0);
      for (const n of item.questions) expect(n >= 1 && n <= 17, `${item.id} → ${n}`).toBe(true);
    }
    const auth = groups.flatMap((g) => g.items).find((i) => i.id === 'authentication-method-selected');
    expect(auth?.questions).toEqual([10]);
  });
});

describe('decision flow', () => {
  // Step N of the decision flow is question N: each question's `step` is its line in the flow.
  it('has 17 steps in order, one per question, each "Label → prompt"', () => {
    const steps = questionFiles.map((f) => /^step: (.*)$/m.exec(read(`questions/${f}`))?.[1] ?? '');
    expect(steps).toHaveLength(17);
    for (const step of steps) expect(step).toMatch(/^'?[^→]+ → .+$/);
  });
});

describe('patterns and further reading', () => {
  it('has the 9 patterns with unique ids', () => {
    const patterns = yaml<{ id: string; name: string }[]>('patterns.yaml');
    expect(patterns).toHaveLength(9);
    expect(new Set(patterns.map((p) => p.id)).size).toBe(9);
    expect(patterns.map((p) => p.name)).toContain('Pub-Sub');
  });
  it('has the five stages of pattern evolution in order', () => {
    expect(yaml<{ name: string }[]>('pattern-evolution.yaml').map((s) => s.name)).toEqual([
      'Point-to-Point',
      'Hub & Spoke',
      'ESB',
      'API Gateway',
      'Event-Driven',
    ]);
  });
  it('has further reading in three groups of https links', () => {
    const groups = yaml<{ title: string; links: { url: string }[] }[]>('further-reading.yaml');
    expect(groups.map((g) => g.title)).toEqual([
      'Official ServiceNow Resources',
      'Community Articles',
      'CTA Preparation',
    ]);
    for (const link of groups.flatMap((g) => g.links)) expect(link.url).toMatch(/^https:\/\//);
  });
});
