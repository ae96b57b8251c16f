import { describe, expect, it } from 'vitest';
import { EMPTY_FLOW, flowReducer } from './design';
import { preset } from './fixtures';
import { checklistFromDesign } from './to-checklist';

const now = '2026-11-30T09:00:00.000Z';
const items = [
  { id: 'authentication-method-selected', questions: [10] },
  { id: 'monitoring-and-alerting-configured', questions: [11, 12] },
  { id: 'ui-integration-needs-assessed', questions: [16] },
  { id: 'failure-scenarios-identified', questions: [1, 11] },
];

describe('checklistFromDesign', () => {
  it('ticks items whose questions are answered, marks N/A ones, copies the rationale', () => {
    const design = flowReducer(EMPTY_FLOW, { type: 'loadPreset', id: 'ex', now, preset }).items[0]!;
    const review = checklistFromDesign(design, items);
    expect(review['authentication-method-selected']?.status).toBe('done');
    expect(review['authentication-method-selected']?.note).toMatch(/^Q10: OAuth 2.0 with client credentials grant/);
    expect(review['monitoring-and-alerting-configured']?.note?.split('\n').map((l) => l.slice(0, 4))).toEqual(['Q11:', 'Q12:']);
    expect(review['ui-integration-needs-assessed']?.status).toBe('na');
  });
  it('leaves items open while one of their questions is unanswered', () => {
    let doc = flowReducer(EMPTY_FLOW, { type: 'create', id: 'd', name: 'd', now });
    doc = flowReducer(doc, { type: 'choose', step: 11, field: 'strategy', option: 'retry', multi: true, now });
    const review = checklistFromDesign(doc.items[0]!, items);
    expect(review['failure-scenarios-identified']).toBeUndefined();
    expect(review['monitoring-and-alerting-configured']).toBeUndefined();
    expect(Object.keys(review)).toEqual([]);
  });
});
