import { describe, expect, it } from 'vitest';
import { compileMdx, findAll } from './compile-mdx';
import { headingAnchorsPlugin } from './heading-anchors';

const components = { AnchorHeading: 'AnchorHeading' };
const SOURCE = [
  '## Why `sys_id` & *idempotency* matter',
  '',
  'Text.',
  '',
  '### Retry Policies (for transient errors: 408, 500, 502, 504)',
  '',
  '## Why `sys_id` & *idempotency* matter',
  '',
  '#### "Quoted" \\{braces\\} \\<and\\> tags',
].join('\n');

const compile = (props: object = {}) => compileMdx(SOURCE, [headingAnchorsPlugin()], { components, ...props });

describe('headingAnchorsPlugin', () => {
  it('turns every heading into AnchorHeading with its level, Astro id and plain-text label', async () => {
    const { tree } = await compile();
    const headings = findAll(tree, 'AnchorHeading').map(({ props }) => ({
      level: props['level'],
      id: props['id'],
      text: props['text'],
    }));
    expect(headings).toEqual([
      { level: 2, id: 'why-sys_id--idempotency-matter', text: 'Why sys_id & idempotency matter' },
      {
        level: 3,
        id: 'retry-policies-for-transient-errors-408-500-502-504',
        text: 'Retry Policies (for transient errors: 408, 500, 502, 504)',
      },
      { level: 2, id: 'why-sys_id--idempotency-matter-1', text: 'Why sys_id & idempotency matter' },
      // As the page shows it: smart quotes; braces and angle brackets are words, never code or tags.
      { level: 4, id: 'quoted-braces-and-tags', text: '“Quoted” {braces} <and> tags' },
    ]);
  });

  it('keeps the heading content as children: inline code and emphasis stay elements', async () => {
    const [first] = findAll((await compile()).tree, 'AnchorHeading');
    expect(findAll(first?.props.children, 'code').map((node) => node.props.children)).toEqual(['sys_id']);
    expect(findAll(first?.props.children, 'em').map((node) => node.props.children)).toEqual(['idempotency']);
  });

  it('reports the same headings to render() as Astro alone does (the table of contents and the citations)', async () => {
    const { headings } = await compile();
    const { headings: astro } = await compileMdx(SOURCE, [], {});
    expect(headings).toEqual(astro);
    expect(headings.map((h) => h.slug)).toContain('why-sys_id--idempotency-matter-1');
  });

  it('leaves no heading element with an id behind (ids never repeat when an entry is nested)', async () => {
    const { tree } = await compile();
    for (const tag of ['h2', 'h3', 'h4']) expect(findAll(tree, tag)).toEqual([]);
  });

  it('passes the headingShift Content prop to every heading, and nothing without it', async () => {
    const nested = findAll((await compile({ headingShift: 2 })).tree, 'AnchorHeading');
    expect(nested.map(({ props }) => props['shift'])).toEqual([2, 2, 2, 2]);
    const own = findAll((await compile()).tree, 'AnchorHeading');
    expect(own.map(({ props }) => props['shift'])).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('leaves plain Markdown alone (it has no components)', () => {
    expect(headingAnchorsPlugin()({ sourceFormat: 'markdown' })).toBeNull();
  });
});
