import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../check';
import { decodeDocument } from '../persist';
import { parseDesign } from '../flow/codec';
import { designFromPreset, EMPTY_FLOW, flowReducer } from '../flow/design';
import { preset, steps } from '../flow/fixtures';
import { designJson, flowCodec } from '../flow/storage';
import { architecture } from './architecture';
import { HOSTILE } from './fixtures';
import { DiagramLabels, LABEL_FIELDS, labelOf, MAX_LABEL, withLabel } from './labels';
import { layout } from './layout';
import { svgMarkup } from './svg';

const release1 = (name: string) =>
  readFileSync(new URL(`../../../e2e/fixtures/release-1/${name}`, import.meta.url), 'utf8');
const now = '2026-12-01T10:00:00.000Z';

describe("a design's labels", () => {
  it('default when unset or blank, and are checked at the boundary (unknown keys dropped, long or non-text refused)', () => {
    expect(labelOf(undefined, 'system')).toBe('External system');
    expect(labelOf({ system: '  ' }, 'system')).toBe('External system');
    expect(labelOf({ system: ' HR ' }, 'system')).toBe('HR');
    expect(parse(DiagramLabels, { system: 'HR', extra: 1 }, 'labels')).toEqual({ ok: true, value: { system: 'HR' } });
    expect(parse(DiagramLabels, { system: 'x'.repeat(MAX_LABEL + 1) }, 'labels')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/labels\.system/),
    });
    expect(parse(DiagramLabels, { table: 5 }, 'labels')).toMatchObject({ ok: false });
    expect(parse(DiagramLabels, [], 'labels')).toMatchObject({ ok: false });
    const every = Object.fromEntries(LABEL_FIELDS.map((f) => [f.key, f.label]));
    expect(parse(DiagramLabels, every, 'labels')).toEqual({ ok: true, value: every });
    expect(new Set(LABEL_FIELDS.map((f) => f.key)).size).toBe(8);
    expect(withLabel({ system: 'HR' }, 'system', '')).toEqual({});
    expect(withLabel(undefined, 'topic', 'x'.repeat(200)).topic).toHaveLength(MAX_LABEL);
  });
  it('designs stored and exported by release 1 (no labels) still load, and draw with the defaults', () => {
    const storage = JSON.parse(release1('flow-storage.json')) as Record<string, string>;
    const stored = decodeDocument(storage['cta-integration-design:flow'] ?? '', flowCodec);
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    expect(stored.value.items.length).toBeGreaterThan(0);
    expect(stored.value.items.every((d) => d.labels === undefined)).toBe(true);
    const example = stored.value.items.find((d) => d.name.startsWith('Worked example'));
    expect(example && architecture(example, 't').components.find((c) => c.id === 'external')?.label).toBe(
      'External system',
    );
    const exported = parseDesign(release1('flow-export.json'), steps);
    expect(exported.ok).toBe(true);
    if (exported.ok) expect(architecture(exported.design, 't').components.every((c) => c.label.length > 0)).toBe(true);
  });
  it('travel with the design: the reducer sets them, storage keeps them, the JSON export and share link carry them', () => {
    let doc = flowReducer(EMPTY_FLOW, { type: 'create', item: designFromPreset('ex', now, preset) });
    expect(doc.items[0]?.labels).toMatchObject({ system: 'HR System', table: 'sys_user' });
    doc = flowReducer(doc, { type: 'setLabel', key: 'system', value: 'Workday', at: now });
    const design = doc.items[0];
    expect(design?.labels?.system).toBe('Workday');
    expect(decodeDocument(JSON.stringify(doc), flowCodec)).toEqual({ ok: true, value: doc });
    if (!design) return;
    const imported = parseDesign(designJson(design, now), steps);
    expect(imported).toMatchObject({ ok: true, design: { labels: { system: 'Workday', table: 'sys_user' } } });
    expect(
      parseDesign(designJson({ ...design, labels: { system: 'x'.repeat(MAX_LABEL + 1) } }, now), steps),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/External system/),
    });
  });
  it('stay text in the SVG: a hostile name is escaped in boxes, labels, title and description', () => {
    const svg = svgMarkup(
      layout(
        architecture(
          {
            answers: { 4: { choices: { initiator: ['external'] } }, 9: { choices: { inbound: ['import-set'] } } },
            labels: { system: HOSTILE, table: HOSTILE },
          },
          HOSTILE,
        ),
      ),
      {
        idPrefix: '"><script>',
      },
    );
    expect(svg).not.toMatch(/<img|<script|"quotes"/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(svg).toContain('id="script-title"');
  });
});
