import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../persist';
import { FlowDocSchema, parseDesign } from './codec';
import { checkFlowDoc, designJson, flowCodec } from './storage';
import { EMPTY_FLOW, flowReducer } from './design';
import { preset, steps } from './fixtures';

const now = '2026-11-30T09:00:00.000Z';
const design = flowReducer(EMPTY_FLOW, { type: 'loadPreset', id: 'ex', now, preset }).items[0]!;

describe('design export and import', () => {
  it('round-trips: export → import gives back an identical design', () => {
    expect(parseDesign(designJson(design, now), steps)).toEqual({ ok: true, design });
  });
  it('refuses bad files, saying what is wrong', () => {
    const envelope = (d: unknown, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ format: 'cta-integration-design-record', version: 1, exportedAt: now, design: d, ...extra });
    expect(parseDesign('nope', steps)).toEqual({ ok: false, error: 'The file is not JSON.' });
    expect(parseDesign('x'.repeat(1_000_001), steps)).toEqual({ ok: false, error: 'The file is larger than 1 MB.' });
    expect(parseDesign('{"format":"other","version":1,"design":{}}', steps)).toEqual({ ok: false, error: 'The file is not a design exported from this site.' });
    expect(parseDesign(envelope(design, { version: 7 }), steps)).toEqual({ ok: false, error: "The file's format version 7 is not one this site reads (1)." });
    expect(parseDesign(envelope({ ...design, name: '' }), steps)).toMatchObject({ ok: false, error: expect.stringMatching(/^The design is not valid: name:/) });
    expect(parseDesign(envelope({ ...design, answers: { '5': { choices: { network: ['moon'] } } } }), steps)).toEqual({
      ok: false,
      error: 'Question 5, “Where the target system is”, has no option “moon”.',
    });
    expect(parseDesign(envelope({ ...design, answers: { '5': { choices: { wings: ['x'] } } } }), steps)).toEqual({
      ok: false,
      error: 'Question 5 has no decision “wings”.',
    });
    expect(parseDesign(envelope({ ...design, answers: { '5': { rationale: 'x'.repeat(2001) } } }), steps)).toMatchObject({ ok: false });
  });
  it('keeps hostile text as text', () => {
    const hostile = { ...design, name: '<img src=x onerror=alert(1)>' };
    const parsed = parseDesign(designJson(hostile, now), steps);
    expect(parsed.ok && parsed.design.name).toBe('<img src=x onerror=alert(1)>');
  });
  it('never throws on random or mutated input', () => {
    const valid = designJson(design, now);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.integer({ min: 0, max: valid.length - 1 }).chain((i) => fc.string().map((s) => valid.slice(0, i) + s + valid.slice(i + 1)))), (text) => {
        const result = parseDesign(text, steps);
        return result.ok === true || typeof result.error === 'string';
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stored designs', () => {
  it('the zod-free check accepts exactly what the schema accepts, and returns the same value', () => {
    const valid = flowReducer(EMPTY_FLOW, { type: 'loadPreset', id: 'ex', now, preset });
    const mutate = fc.oneof(
      fc.constant(valid),
      fc.json().map((j) => JSON.parse(j) as unknown),
      fc.record({ key: fc.constantFrom('version', 'activeId', 'items', 'trash'), value: fc.jsonValue() }).map(({ key, value }) => ({ ...valid, [key]: value })),
      fc.record({ q: fc.constantFrom('1', '5', '14', '18', 'x'), value: fc.jsonValue() }).map(({ q, value }) => ({
        ...valid,
        items: [{ ...valid.items[0]!, answers: { ...valid.items[0]!.answers, [q]: value } }],
      })),
      fc.record({ key: fc.constantFrom('id', 'name', 'createdAt', 'current', 'answers', 'labels', 'extra'), value: fc.jsonValue() }).map(({ key, value }) => ({
        ...valid,
        items: [{ ...valid.items[0]!, [key]: value }],
      })),
    );
    fc.assert(
      fc.property(mutate, (doc) => {
        const byZod = FlowDocSchema.safeParse(doc);
        const byCheck = checkFlowDoc(doc);
        if (byZod.success !== byCheck.ok) return false;
        return !byCheck.ok || JSON.stringify(byCheck.value) === JSON.stringify(byZod.data);
      }),
      { numRuns: 2000 },
    );
  });
  it('load what was saved and refuse what is not a flow document', () => {
    const doc = flowReducer(EMPTY_FLOW, { type: 'loadPreset', id: 'ex', now, preset });
    expect(decodeDocument(JSON.stringify(doc), flowCodec)).toEqual({ ok: true, value: doc });
    expect(decodeDocument('{"version":1,"activeId":null}', flowCodec)).toMatchObject({ ok: false });
    expect(decodeDocument('{"version":2,"activeId":null,"items":[]}', flowCodec)).toMatchObject({ ok: false, error: expect.stringMatching(/newer/) });
  });
  it('the loader never throws and never hands back an invalid document', () => {
    const valid = JSON.stringify(flowReducer(EMPTY_FLOW, { type: 'loadPreset', id: 'ex', now, preset }));
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.integer({ min: 0, max: valid.length - 1 }).chain((i) => fc.string({ maxLength: 5 }).map((s) => valid.slice(0, i) + s + valid.slice(i + 2)))), (raw) => {
        const result = decodeDocument(raw, flowCodec);
        return !result.ok || (Array.isArray(result.value.items) && result.value.version === 1);
      }),
      { numRuns: 2000 },
    );
  });
});
