// Content cites question sections by anchor (rules, cases), checked at build time against the
// anchors src/lib/sections.ts reads from the question files. This holds those anchors to the
// built pages: every one of them is an element id on its question page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedSections, questionSections } from '../../src/lib/sections';
import { DIST, ROOT, assertBuilt } from './dist-utils';

beforeAll(assertBuilt);

describe('question section anchors', () => {
  const files = readdirSync(join(ROOT, 'content/questions')).filter((n) => n.endsWith('.mdx'));
  it('every anchor read from a question file is an id on its built page', () => {
    expect(files).toHaveLength(17);
    let count = 0;
    for (const file of files) {
      const html = readFileSync(join(DIST, 'questions', file.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const sections = [
        ...fixedSections(1),
        ...questionSections(readFileSync(join(ROOT, 'content/questions', file), 'utf8')),
      ];
      for (const section of sections) {
        expect(ids.has(section.slug), `${file}: #${section.slug}`).toBe(true);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(17 * 4);
  });
});
