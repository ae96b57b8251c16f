// Every built page is valid HTML by html-validate's recommended preset, as configured in
// .htmlvalidate.json at the project root (found from each file's path). A failure lists
// file:line:column rule message for every problem on the page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Report } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, assertBuilt, distRelative, listHtmlFiles } from './dist-utils';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = existsSync(DIST) ? listHtmlFiles() : [];

/** One line per problem: `dist/path:line:column rule message`. */
function problems(report: Report): string[] {
  return report.results.flatMap((result) =>
    result.messages.map((m) => `dist/${distRelative(result.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}

beforeAll(() => {
  assertBuilt();
});

describe('html-validate (recommended preset, .htmlvalidate.json)', () => {
  test('there are pages to validate', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  test('control: the configuration is loaded and catches a duplicate id and an unlabelled landmark pair', async () => {
    const html = '<!doctype html><html lang="en"><head><title>x</title></head><body><nav></nav><nav></nav><p id="a"></p><p id="a"></p></body></html>';
    const report = await validator.validateString(html, join(DIST, 'control.html'));
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('unique-landmark');
  });

  test.for(pages.map((file) => [distRelative(file), file] as const))('%s', async ([, file]) => {
    const report = await validator.validateFile(file);
    expect(problems(report), 'html-validate problems').toEqual([]);
  });
});
