// The case pages carry the scenario paper only: no model decision, rationale, tension or examiner
// answer of any case appears in its built page (the model answer stays hidden until practice).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, assertBuilt } from './dist-utils';

beforeAll(assertBuilt);

interface CaseFile {
  title: string;
  paper: Record<string, string>;
  tensions: { text: string }[];
  model: { decision?: string; rationale: string }[];
  examiner: { question: string; answer: string }[];
}

const dir = join(ROOT, 'content/cases');
const cases = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({ id: n.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, n), 'utf8')) as CaseFile }));
/** Page text with tags dropped and entities of quotes and ampersands decoded. */
const pageText = (id: string) =>
  readFileSync(join(DIST, 'cases', id, 'index.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('case pages', () => {
  it('show each paper and none of the model answer', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const { id, data } of cases) {
      const text = pageText(id);
      expect(text, id).toContain(data.paper['organisation']?.replace(/\s+/g, ' ').slice(0, 60));
      const hidden = [
        ...data.model.flatMap((a) => [a.rationale, a.decision ?? '']),
        ...data.tensions.map((t) => t.text),
        ...data.examiner.flatMap((e) => [e.question, e.answer]),
      ].filter((s) => s.length > 25);
      for (const secret of hidden)
        expect(text.includes(secret.replace(/\s+/g, ' ')), `${id}: "${secret.slice(0, 50)}…"`).toBe(false);
    }
  });
  it('are listed on /cases/ in order, the worked example first', () => {
    const list = pageText('.');
    const positions = cases.map(({ data }) => list.indexOf(data.title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(list.indexOf('HR to ITSM employee sync')).toBe(Math.min(...positions));
  });
});
