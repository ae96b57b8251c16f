import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedSections, questionSections } from './sections';

const dir = new URL('../../content/questions/', import.meta.url);
const read = (prefix: string) => {
  const name = readdirSync(dir).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no ${prefix}*.mdx`);
  return readFileSync(new URL(name, dir), 'utf8');
};

describe('questionSections', () => {
  it('reads the anchors of a question page as the site renders them', () => {
    expect(questionSections(read('05-')).map((s) => s.slug)).toEqual([
      'mid-server-required-when',
      'mid-server-not-required-when',
      'mid-server-best-practices',
    ]);
    expect(questionSections(read('09-'))[0]).toEqual({
      slug: 'import-set-api--transform-maps-recommended-for-bulkcomplex',
      text: 'Import Set API + Transform Maps (Recommended for bulk/complex)',
    });
  });
  it('reads ### headings too, skips fenced code, strips inline markup, numbers repeated headings', () => {
    const mdx =
      '---\nnumber: 1\n---\n\n## `API_INT` **pool**\n\n```\n## not a heading\n```\n\n### Best Practices\n\n## Best Practices\n';
    expect(questionSections(mdx)).toEqual([
      { slug: 'api_int-pool', text: 'API_INT pool' },
      { slug: 'best-practices', text: 'Best Practices' },
      { slug: 'best-practices-1', text: 'Best Practices' },
    ]);
  });
  it('the fixed sections every question page has', () => {
    expect(fixedSections(1).map((s) => s.slug)).toEqual(['why-this-matters', 'references', 'related']);
    expect(fixedSections(2)[1]?.text).toBe('References');
  });
});
