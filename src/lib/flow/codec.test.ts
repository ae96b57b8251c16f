import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../persist';
import { parseDesign, parseDesignLink, readDesignFile } from './codec';
import { designJson, flowCodec, FLOW_STORAGE_KEY } from './storage';
import { readFileSync } from 'node:fs';
import { shareFragment } from '../share';
import { EMPTY_FLOW, designFromPreset, flowReducer } from './design';
import { preset, steps } from './fixtures';

const now = '2026-11-30T09:00:00.000Z';
const design = designFromPreset('ex', now, preset);

describe('design export and import', () => {
  it('round-trips: export → import gives back an identical design', () => {
    expect(parseDesign(designJson(design, now), steps)).toEqual({ ok: true, design });
  });
  it('refuses bad files, naming the field in the reader’s terms and saying what was expected', () => {
    const envelope = (d: unknown, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ format: 'cta-integration-design-record', version: 1, exportedAt: now, design: d, ...extra });
    const error = (text: string) => {
      const result = parseDesign(text, steps);
      return result.ok ? 'accepted' : result.error;
    };
    expect(error('nope')).toBe('it is not valid JSON');
    expect(error('x'.repeat(1024 * 1024 + 1))).toBe('it is larger than 1 MB');
    expect(error('{"format":"other","version":1,"design":{}}')).toBe(
      'it is not a design exported from this site (its “format” is not “cta-integration-design-record”)',
    );
    expect(error(envelope(design, { version: 7 }))).toBe(
      'its format version (7) is not one this site reads (version 1)',
    );
    expect(error(envelope({ ...design, id: 'has spaces' }))).toBe(
      'the design’s id should be an id of letters, digits, - and _ (at most 64)',
    );
    expect(error(envelope({ ...design, name: '' }))).toBe(
      'the design’s name should be a name of one line, 1 to 200 characters',
    );
    expect(error(envelope({ ...design, current: 18 }))).toBe('the current step should be a step number from 1 to 17');
    expect(error(envelope({ ...design, answers: { '5': { rationale: 'x'.repeat(2001) } } }))).toBe(
      'the rationale of question 5 should be a text of at most 2000 characters',
    );
    expect(error(envelope({ ...design, answers: { '18': {} } }))).toBe(
      'the question number “18” should be a question number from 1 to 17',
    );
    expect(error(envelope({ ...design, answers: { '5': { na: 'yes' } } }))).toBe(
      'the “not applicable” mark of question 5 should be true or false',
    );
    expect(error(envelope({ ...design, answers: { '5': { choices: { network: ['moon'] } } } }))).toBe(
      'question 5, “Where the target system is”, has no option “moon”',
    );
    expect(error(envelope({ ...design, answers: { '5': { choices: { wings: ['x'] } } } }))).toBe(
      'question 5 has no decision “wings”',
    );
    expect(error(envelope({ ...design, answers: { '5': { choices: { network: 'firewall' } } } }))).toBe(
      'the choices for “network” in question 5 should be a list of at most 20 items',
    );
  });
  it('keeps hostile text as text', () => {
    const hostile = { ...design, name: '<img src=x onerror=alert(1)>' };
    const parsed = parseDesign(designJson(hostile, now), steps);
    expect(parsed.ok && parsed.design.name).toBe('<img src=x onerror=alert(1)>');
    expect(parseDesignLink(shareFragment('design', designJson(hostile, now)), steps)).toMatchObject({
      ok: true,
      design: { name: hostile.name },
    });
  });
  it('never throws on random or mutated input, and accepts only valid designs', () => {
    const valid = designJson(design, now);
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .integer({ min: 0, max: valid.length - 1 })
            .chain((i) => fc.string({ maxLength: 2 }).map((s) => valid.slice(0, i) + s + valid.slice(i + 1))),
        ),
        (text) => {
          const result = parseDesign(text, steps);
          if (result.ok) {
            accepted += 1;
            expect(parseDesign(designJson(result.design, now), steps)).toEqual(result);
          }
          return result.ok === true || result.error.length > 0;
        },
      ),
      { numRuns: 2000 },
    );
    // Anti-vacuity: some mutated exports must survive, or the property says nothing about valid ones.
    expect(accepted).toBeGreaterThan(50);
  });
  it('reads a file, refusing one over 1 MB without reading it', async () => {
    expect(await readDesignFile({ size: 10, text: () => Promise.resolve(designJson(design, now)) }, steps)).toEqual({
      ok: true,
      design,
    });
    expect(
      await readDesignFile({ size: 2 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) }, steps),
    ).toEqual({ ok: false, error: 'it is larger than 1 MB' });
  });
});

describe('stored designs', () => {
  it('the check returns a clean copy that passes again unchanged', () => {
    const valid = flowReducer(EMPTY_FLOW, { type: 'create', item: designFromPreset('ex', now, preset) });
    const mutate = fc.oneof(
      fc.constant(valid),
      fc.json().map((j) => JSON.parse(j) as unknown),
      fc
        .record({ key: fc.constantFrom('version', 'activeId', 'items', 'trash'), value: fc.jsonValue() })
        .map(({ key, value }) => ({ ...valid, [key]: value })),
      fc.record({ q: fc.constantFrom('1', '5', '14', '18', 'x'), value: fc.jsonValue() }).map(({ q, value }) => ({
        ...valid,
        items: [{ ...valid.items[0]!, answers: { ...valid.items[0]!.answers, [q]: value } }],
      })),
      fc
        .record({
          key: fc.constantFrom('id', 'name', 'createdAt', 'current', 'answers', 'labels', 'extra'),
          value: fc.jsonValue(),
        })
        .map(({ key, value }) => ({
          ...valid,
          items: [{ ...valid.items[0]!, [key]: value }],
        })),
    );
    let accepted = 0;
    fc.assert(
      fc.property(mutate, (doc) => {
        const result = flowCodec.validate(doc);
        if (!result.ok) return result.error.length > 0;
        accepted += 1;
        expect(flowCodec.validate(JSON.parse(JSON.stringify(result.value)))).toEqual(result);
        return true;
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
  it('load what was saved and refuse what is not a flow document', () => {
    const doc = flowReducer(EMPTY_FLOW, { type: 'create', item: designFromPreset('ex', now, preset) });
    expect(decodeDocument(JSON.stringify(doc), flowCodec)).toEqual({ ok: true, value: doc });
    expect(decodeDocument('{"version":1,"activeId":null}', flowCodec)).toMatchObject({ ok: false });
    expect(decodeDocument('{"version":2,"activeId":null,"items":[]}', flowCodec)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer/),
    });
  });
  it('the loader never throws and never hands back an invalid document', () => {
    let ok = 0;
    const valid = JSON.stringify(
      flowReducer(EMPTY_FLOW, { type: 'create', item: designFromPreset('ex', now, preset) }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc
            .integer({ min: 0, max: valid.length - 1 })
            .chain((i) => fc.string({ maxLength: 5 }).map((s) => valid.slice(0, i) + s + valid.slice(i + 2))),
        ),
        (raw) => {
          const result = decodeDocument(raw, flowCodec);
          if (result.ok) ok += 1;
          return !result.ok || (Array.isArray(result.value.items) && result.value.version === 1);
        },
      ),
      { numRuns: 2000 },
    );
    expect(ok).toBeGreaterThan(50);
  });
});

describe('what release 1 stored, exported and shared', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../e2e/fixtures/release-1/${name}`, import.meta.url), 'utf8');
  it('loads its stored designs with every answer and the current step exactly as they were', () => {
    const raw = (JSON.parse(fixture('flow-storage.json')) as Record<string, string>)[FLOW_STORAGE_KEY] ?? '';
    const decoded = decodeDocument(raw, flowCodec);
    expect(decoded).toEqual({ ok: true, value: JSON.parse(raw) });
    expect(decoded.ok && decoded.value.items.length).toBe(2); // anti-vacuity: the worked example and a design in progress
    expect(decoded.ok && decoded.value.items[1]?.current).toBeGreaterThan(1);
  });
  it('imports its JSON export and its share link exactly as they were', () => {
    const file = fixture('flow-export.json');
    expect(parseDesign(file, steps)).toEqual({ ok: true, design: (JSON.parse(file) as { design: unknown }).design });
    expect(parseDesignLink(fixture('flow-share-link.txt').trim(), steps)).toMatchObject({
      ok: true,
      design: { answers: expect.any(Object) },
    });
  });
});
