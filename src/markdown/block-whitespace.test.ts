import { describe, expect, it } from 'vitest';
import { betweenBlocks, blockWhitespacePlugin } from './block-whitespace';
import { compileMdx, findAll, type JsxNode } from './compile-mdx';

/** Every string child in the rendered tree, with the element it sits in. */
function strings(node: unknown, parent = 'root'): { parent: string; text: string }[] {
  if (typeof node === 'string') return [{ parent, text: node }];
  if (Array.isArray(node)) return node.flatMap((child) => strings(child, parent));
  if (node === null || typeof node !== 'object' || !('props' in node)) return [];
  const element = node as JsxNode;
  return strings(element.props.children, String(element.type));
}

const SOURCE = [
  'A paragraph with *emphasis* and `code`.',
  '',
  '- one',
  '- two **bold** *and emphasis*',
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
  '',
  '```',
  'line one',
  '',
  'line three',
  '```',
  '',
  '> quoted',
].join('\n');

describe('blockWhitespacePlugin', () => {
  it('drops the line breaks between blocks and keeps every space inside text, code and between inline elements', async () => {
    const before = strings((await compileMdx(SOURCE, [])).tree);
    const after = strings((await compileMdx(SOURCE, [blockWhitespacePlugin()])).tree);
    const breaks = (list: { parent: string; text: string }[]) => list.filter((s) => /^\s+$/.test(s.text));
    expect(breaks(before).length, 'MDX writes line breaks between blocks').toBeGreaterThan(5);
    expect(breaks(after).length, 'the line breaks between paragraphs, lists and items go').toBeLessThan(
      breaks(before).length - 3,
    );
    // What is left: the space between two inline elements (**bold** *and emphasis*), which a browser draws, and
    // the line breaks inside the table, whose cells the search index would otherwise read as one word.
    expect(breaks(after).filter((s) => s.parent === 'li')).toEqual([{ parent: 'li', text: ' ' }]);
    const headerRow = findAll((await compileMdx(SOURCE, [blockWhitespacePlugin()])).tree, 'tr')[0];
    const cells = [headerRow?.props.children].flat();
    const between = cells.slice(cells.findIndex((c) => (c as JsxNode)?.type === 'th') + 1);
    expect(
      typeof between[0] === 'string' && /^\s+$/.test(between[0]),
      'a line break between the two header cells',
    ).toBe(true);
    // Every other string is kept as it was: the words, the spaces between inline elements, the code block's lines.
    expect(after.filter((s) => !/^\s+$/.test(s.text))).toEqual(before.filter((s) => !/^\s+$/.test(s.text)));
  });
});

describe('betweenBlocks', () => {
  const text = (value: string) => ({ type: 'text', value });
  const el = (tagName: string) => ({ type: 'element', tagName });
  it('is whitespace with a break on each side, or a break and the edge of a parent that is one', () => {
    expect(betweenBlocks(text('\n'), [el('p'), text('\n'), el('ul')], 1)).toBe(true);
    expect(betweenBlocks(text('\n'), [text('\n'), el('li')], 0)).toBe(true);
    expect(betweenBlocks(text('\n'), [{ type: 'mdxJsxFlowElement', name: 'TableWrap' }, text('\n')], 1)).toBe(true);
    const figure = { type: 'mdxJsxFlowElement', name: 'ArchitectureDiagram' };
    expect(betweenBlocks(text('\n'), [figure, text('\n'), figure], 1), 'between two figures').toBe(false);
    expect(betweenBlocks(text(' '), [el('strong'), text(' '), el('em')], 1), 'between inline elements').toBe(false);
    expect(betweenBlocks(text('\n'), [el('p'), text('\n'), el('a')], 1)).toBe(false);
    expect(betweenBlocks(text(' '), [text(' ')], 0), 'alone in its parent').toBe(false);
    expect(betweenBlocks(text('\n'), [el('th'), text('\n'), el('th')], 1), 'between header cells').toBe(false);
    expect(betweenBlocks(text('\n'), [el('tr'), text('\n'), el('tr')], 1), 'between rows').toBe(false);
    expect(betweenBlocks(text('\n'), [text('\n'), el('li')], 0, el('ol')), 'at the edge of an ol').toBe(false);
    expect(betweenBlocks(text('\n'), [text('\n'), el('p')], 0, el('li')), 'at the edge of an li').toBe(true);
    expect(betweenBlocks(text('x\n'), [el('p'), text('x\n'), el('p')], 1), 'words').toBe(false);
  });
});
