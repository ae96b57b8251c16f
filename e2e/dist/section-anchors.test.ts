// Content cites question sections by anchor (rules, cases, study cards); the build checks each
// citation against the headings the question pages render (src/content-checks.ts). This holds the
// citations to the built pages, independently: every cited section, and every fixed section a
// question page adds, is an element id on its question page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedSections } from '../../src/lib/sections';
import { DIST, ROOT, assertBuilt } from './dist-utils';

beforeAll(assertBuilt);

/** Every `{ question, section }` object anywhere in a parsed YAML document. */
function citedSections(value: unknown): { question: number; section: string }[] {
  if (Array.isArray(value)) return value.flatMap(citedSections);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record['question'] === 'number' && typeof record['section'] === 'string'
      ? [{ question: record['question'], section: record['section'] }]
      : [];
  return [...own, ...Object.values(record).flatMap(citedSections)];
}

const yamlFiles = (dir: string) =>
  readdirSync(join(ROOT, 'content', dir))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => `content/${dir}/${n}`);

describe('question section anchors', () => {
  const files = readdirSync(join(ROOT, 'content/questions')).filter((n) => n.endsWith('.mdx'));
  const ids = new Map(
    files.map((file) => {
      const html = readFileSync(join(DIST, 'questions', file.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
      return [Number(file.slice(0, 2)), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))] as const;
    }),
  );

  it('every question page has the fixed sections', () => {
    expect(files).toHaveLength(17);
    for (const [n, found] of ids)
      for (const section of fixedSections(1)) expect(found.has(section.slug), `question ${n}: #${section.slug}`).toBe(true);
  });

  it('every section the content cites is an id on its built question page', () => {
    let count = 0;
    for (const path of ['content/decisions/rules.yaml', ...yamlFiles('cases'), ...yamlFiles('study')])
      for (const { question, section } of citedSections(parse(readFileSync(join(ROOT, path), 'utf8')))) {
        expect(ids.get(question)?.has(section), `${path}: question ${question} #${section}`).toBe(true);
        count += 1;
      }
    expect(count).toBeGreaterThan(50);
  });
});
