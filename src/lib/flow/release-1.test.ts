import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../persist';
import { readShareFragment } from '../share';
import { parseDesign } from './codec';
import { rules, steps } from './fixtures';
import { deriveNotes } from './rules';
import { flowCodec, FLOW_STORAGE_KEY } from './storage';
import type { Answers, Design } from './types';

// What release 1 stored, exported and shared (e2e/fixtures/release-1/): the steps grew fields and
// options and question 9 became a multiple choice, with no stored format change (choices were
// always lists). These documents must still load with every answer kept and meaning what it meant.
const fixture = (name: string) =>
  readFileSync(new URL(`../../../e2e/fixtures/release-1/${name}`, import.meta.url), 'utf8');
const stored = (JSON.parse(fixture('flow-storage.json')) as Record<string, string>)[FLOW_STORAGE_KEY] ?? '';
const storedDesigns = (JSON.parse(stored) as { items: Design[] }).items;

/** Every choice names a field and option the steps have, and a single-choice field holds one. */
function expressible(answers: Answers): string[] {
  const problems: string[] = [];
  for (const [q, answer] of Object.entries(answers))
    for (const [fieldId, options] of Object.entries(answer.choices ?? {})) {
      const field = steps.find((s) => String(s.question) === q)?.fields.find((f) => f.id === fieldId);
      if (!field) problems.push(`Q${q} ${fieldId}: no such field`);
      for (const option of options)
        if (!field?.options.some((o) => o.id === option)) problems.push(`Q${q} ${fieldId}: no option ${option}`);
      if (field?.type === 'single' && options.length > 1)
        problems.push(`Q${q} ${fieldId}: several options in a single choice`);
    }
  return problems;
}

describe('stored designs of release 1', () => {
  it('the stored document loads unchanged, every answer kept and still expressible', () => {
    const result = decodeDocument(stored, flowCodec);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items).toEqual(storedDesigns);
    expect(result.value.items.length).toBeGreaterThan(1);
    for (const design of result.value.items) expect(expressible(design.answers), design.name).toEqual([]);
  });
  it('the JSON export imports with every answer kept', () => {
    const text = fixture('flow-export.json');
    const parsed = parseDesign(text, steps);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.design.answers).toEqual((JSON.parse(text) as { design: Design }).design.answers);
    expect(expressible(parsed.design.answers)).toEqual([]);
  });
  it('the share link imports with every answer kept', () => {
    const shared = readShareFragment(fixture('flow-share-link.txt').trim(), 'design');
    expect(shared?.ok).toBe(true);
    if (!shared?.ok) return;
    const parsed = parseDesign(shared.json, steps);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.design.answers).toEqual((JSON.parse(shared.json) as { design: Design }).design.answers);
    expect(Object.keys(parsed.design.answers)).toHaveLength(17);
  });
  it('the worked example as release 1 stored it (retry, variable response times, one inbound choice) raises no warning', () => {
    const example = storedDesigns.find((d) => d.name.startsWith('Worked example'));
    expect(example?.answers['9']?.choices?.['inbound']).toEqual(['import-set']);
    expect(deriveNotes(rules, example?.answers ?? {}).warnings).toEqual([]);
  });
});
