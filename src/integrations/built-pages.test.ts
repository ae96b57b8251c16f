import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { rewriteBuiltPages } from './built-pages';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('rewriteBuiltPages', () => {
  test('passes every HTML page, nested ones too, through the transform; writes and counts only the changed', () => {
    root = mkdtempSync(join(tmpdir(), 'built-pages-'));
    mkdirSync(join(root, 'questions/q1'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>old</p>');
    writeFileSync(join(root, 'questions/q1/index.html'), '<p>same</p>');
    writeFileSync(join(root, 'notes.md'), 'old');
    const seen: string[] = [];
    const result = rewriteBuiltPages(pathToFileURL(`${root}/`), (html) => {
      seen.push(html);
      return html.replace('old', 'new');
    });
    expect(result).toEqual({ pages: 2, changed: 1 });
    expect(seen.sort()).toEqual(['<p>old</p>', '<p>same</p>']);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe('<p>new</p>');
    expect(readFileSync(join(root, 'notes.md'), 'utf8')).toBe('old');
  });
});
