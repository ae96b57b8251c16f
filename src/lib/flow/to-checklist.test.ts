import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_FLOW, designFromPreset, flowReducer, newDesign } from './design';
import { preset, rules, steps } from './fixtures';
import { deriveNotes } from './rules';
import { EVIDENCE, checklistFromDesign } from './to-checklist';

const now = '2026-11-30T09:00:00.000Z';
const groups = parse(readFileSync(new URL('../../../content/checklist.yaml', import.meta.url), 'utf8')) as {
  items: { id: string; questions: number[] }[];
}[];
const items = groups.flatMap((g) => g.items);

describe('EVIDENCE', () => {
  it('names only checklist items, steps, decisions and options the content has', () => {
    const ids = new Set(items.map((i) => i.id));
    expect(Object.keys(EVIDENCE).length).toBeGreaterThan(10); // anti-vacuity
    for (const [id, evidence] of Object.entries(EVIDENCE)) {
      expect(ids, id).toContain(id);
      for (const e of evidence) {
        const field = steps.find((s) => s.question === e.step)?.fields.find((f) => f.id === e.field);
        expect(field, `${id}: Q${e.step} ${e.field}`).toBeDefined();
        for (const option of e.options ?? []) expect(field?.options.map((o) => o.id)).toContain(option);
      }
    }
  });
});

describe('checklistFromDesign', () => {
  it('ticks only what the worked example gives evidence for, and says so in each note', () => {
    const design = designFromPreset('ex', now, preset);
    const result = checklistFromDesign(design, items, steps, deriveNotes(rules, design.answers).warnings);
    const ticked = Object.entries(result.items)
      .filter(([, s]) => s.status === 'done')
      .map(([id]) => id);
    expect(ticked.length).toBe(result.ticked);
    expect(ticked.length).toBeGreaterThan(5);
    expect(ticked.length).toBeLessThan(items.length);
    // Never addressed by any step choice: left open.
    for (const id of [
      'runbook-for-common-failures-created',
      'upgrade-impact-assessed',
      'monitoring-and-alerting-configured',
    ])
      expect(result.items[id]).toBeUndefined();
    expect(result.items['authentication-method-selected']).toEqual({
      status: 'done',
      note: expect.stringMatching(/^Pre-filled from the design “Worked example[^”]*”: Q10 /),
    });
  });
  it('never ticks an item whose question carries an open warning, and says why it is open', () => {
    let doc = flowReducer(EMPTY_FLOW, { type: 'create', item: newDesign('d', 'Payroll', now) });
    doc = flowReducer(doc, { type: 'choose', step: 16, field: 'ui', option: 'iframe', multi: false, at: now });
    doc = flowReducer(doc, { type: 'choose', step: 10, field: 'auth', option: 'oauth', multi: false, at: now });
    const design = doc.items[0]!;
    const warnings = deriveNotes(rules, design.answers).warnings;
    expect(warnings.some((w) => w.steps.includes(16))).toBe(true);
    const result = checklistFromDesign(design, items, steps, warnings);
    expect(result.items['ui-integration-needs-assessed']).toEqual({
      note: expect.stringMatching(/^Left open: the design “Payroll” has an open warning on Q16: /),
    });
    expect(result.items['authentication-method-selected']?.status).toBe('done');
    expect(result).toMatchObject({ ticked: 1, heldBack: 1 });
  });
  it('leaves everything open for a design with no choices (a rationale alone is no evidence)', () => {
    let doc = flowReducer(EMPTY_FLOW, { type: 'create', item: newDesign('d', 'd', now) });
    doc = flowReducer(doc, { type: 'setText', step: 10, prop: 'rationale', value: 'We will decide later', at: now });
    doc = flowReducer(doc, { type: 'setNa', step: 2, value: true, at: now });
    expect(checklistFromDesign(doc.items[0]!, items, steps, [])).toEqual({ items: {}, ticked: 0, heldBack: 0 });
  });
});
