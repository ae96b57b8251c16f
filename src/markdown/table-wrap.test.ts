import { describe, expect, it } from 'vitest';
import { compileMdx, findAll } from './compile-mdx';
import { tableWrapPlugin } from './table-wrap';

const components = { TableWrap: 'TableWrap' };
const SOURCE = [
  '| Method | `sys_id` & **Security** Level | Use Case |',
  '| --- | --- | --- |',
  '| Basic Auth | Low | Testing |',
  '',
  'Text.',
  '',
  '| Priority | Protocol |',
  '| --- | --- |',
  '| 1 | REST |',
].join('\n');

describe('tableWrapPlugin', () => {
  it('wraps each table in TableWrap with its column headers as text', async () => {
    const { tree } = await compileMdx(SOURCE, [tableWrapPlugin()], { components });
    const wraps = findAll(tree, 'TableWrap');
    expect(wraps.map(({ props }) => props['headers'])).toEqual([
      ['Method', 'sys_id & Security Level', 'Use Case'],
      ['Priority', 'Protocol'],
    ]);
    // The table itself is inside, whole: its row headers are cells of the body, not names of the region.
    expect(wraps.map(({ props }) => findAll(props.children, 'table').length)).toEqual([1, 1]);
    expect(findAll(wraps[0]?.props.children, 'td').length).toBe(3);
  });

  it('leaves plain Markdown alone (it has no components)', () => {
    expect(tableWrapPlugin()({ sourceFormat: 'markdown' })).toBeNull();
  });
});
