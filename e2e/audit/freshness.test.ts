import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildReason, newestMtime } from './freshness';

let root: string;

/** Writes `path` under the temporary root with the given modification time (seconds since the epoch). */
function file(path: string, seconds: number): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, 'x');
  utimesSync(full, seconds, seconds);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'freshness-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('newestMtime', () => {
  test('walks directories and takes the newest file; 0 when nothing exists', () => {
    expect(newestMtime(root, ['src'])).toBe(0);
    file('src/a.ts', 1_000);
    file('src/deep/er/b.ts', 3_000);
    file('content/c.mdx', 2_000);
    expect(newestMtime(root, ['src', 'content', 'missing'])).toBe(3_000_000);
    expect(newestMtime(root, ['content'])).toBe(2_000_000);
  });
});

describe('buildReason', () => {
  test('asks for a build when dist/ is missing', () => {
    file('src/a.ts', 1_000);
    expect(buildReason(root)).toBe('dist/ is missing');
  });

  test('asks for a build when a source changed after the build, not before', () => {
    file('content/questions/01.mdx', 1_000);
    file('dist/index.html', 2_000);
    expect(buildReason(root)).toBeNull();
    file('content/questions/01.mdx', 3_000);
    expect(buildReason(root)).toBe('sources changed since the last build');
    file('dist/index.html', 4_000);
    file('astro.config.mjs', 5_000);
    expect(buildReason(root)).toBe('sources changed since the last build');
  });
});
