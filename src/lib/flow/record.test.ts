import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_FLOW, designFromPreset, flowReducer, newDesign } from './design';
import { preset, rules, steps } from './fixtures';
import { recordMarkdown, recordRows } from './record';
import { deriveNotes } from './rules';
import { designMermaid } from '../diagram/exports';

const now = '2026-11-30T09:00:00.000Z';
const seed = readFileSync(new URL('../../../e2e/fixtures/integration-design.md', import.meta.url), 'utf8');

/** The seed's "Key decisions summarized" table, as [question, decision] pairs. */
function seedKeyDecisions(): [string, string][] {
  const table = seed.split('**Key decisions summarized:**')[1]?.split('\n\n')[1] ?? '';
  return table
    .split('\n')
    .slice(2)
    .map(
      (line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()) as [string, string],
    );
}

describe('the worked-example preset', () => {
  const doc = flowReducer(EMPTY_FLOW, { type: 'create', item: designFromPreset('ex', now, preset) });
  const design = doc.items[0];
  if (!design) throw new Error('preset did not load');

  it('fills all 17 steps (two of them not applicable)', () => {
    expect(Object.keys(design.answers).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 17 }, (_, i) => String(i + 1)),
    );
    expect(design.answers['14']?.na).toBe(true);
    expect(design.answers['16']?.na).toBe(true);
  });
  it('reproduces the seed’s “Key decisions summarized” table row for row', () => {
    const expected = seedKeyDecisions();
    expect(expected).toHaveLength(10);
    expect(recordRows(design, steps).map((row) => [row.label, row.decision])).toEqual(expected);
  });
  it('raises no contradiction (the worked example is consistent)', () => {
    expect(deriveNotes(rules, design.answers).warnings).toEqual([]);
  });
  it('only chooses options the framework has', () => {
    for (const answer of preset.answers) {
      const step = steps.find((s) => s.question === answer.question);
      for (const [field, options] of Object.entries(answer.choices ?? {})) {
        const known = step?.fields.find((f) => f.id === field)?.options.map((o) => o.id) ?? [];
        for (const option of options) expect(known, `Q${answer.question} ${field}`).toContain(option);
      }
    }
  });
});

describe('recordMarkdown', () => {
  const flowSteps = Object.fromEntries(steps.map((s) => [s.question, `Step ${s.question}`]));
  it('writes the exact record for a small design', () => {
    let doc = flowReducer(EMPTY_FLOW, { type: 'create', item: newDesign('d', 'Payroll | SFTP', now) });
    doc = flowReducer(doc, { type: 'choose', step: 5, field: 'network', option: 'firewall', multi: false, at: now });
    doc = flowReducer(doc, {
      type: 'setText',
      step: 5,
      prop: 'rationale',
      value: 'On-prem payroll.\nSame DC.',
      at: now,
    });
    doc = flowReducer(doc, { type: 'choose', step: 16, field: 'ui', option: 'iframe', multi: false, at: now });
    doc = flowReducer(doc, { type: 'setNa', step: 14, value: true, at: now });
    const design = doc.items[0];
    if (!design) throw new Error('no design');
    const markdown = recordMarkdown(design, { steps, flowSteps, notes: deriveNotes(rules, design.answers) });
    const head = markdown.split('\n## All steps')[0];
    expect(head).toBe(
      [
        '# Payroll | SFTP',
        '',
        'Integration design record · created 2026-11-30 09:00 UTC · last changed 2026-11-30 09:00 UTC · 2 of 17 questions answered, 1 not applicable',
        '',
        '## Key decisions',
        '',
        '| Question | Decision | Rationale |',
        '| --- | --- | --- |',
        '| MID Server | Behind a firewall (internal network, no direct internet access) | On-prem payroll. Same DC. |',
        '| UI integration | iFrame |  |',
        '',
        '## Recommendations',
        '',
        `- **Q5:** ${rules.find((r) => r.id === 'mid-server-required')?.message}`,
        '',
        '## Open warnings',
        '',
        `- **Q16:** ${rules.find((r) => r.id === 'iframe-caveats')?.message}`,
        '',
      ].join('\n'),
    );
    expect(markdown).toContain(
      '### 5. Step 5\n\n- Where the target system is: Behind a firewall (internal network, no direct internet access)\n\n> On-prem payroll.\n> Same DC.',
    );
    expect(markdown).toContain('### 14. Step 14\n\nNot applicable.');
    expect(markdown).toContain('### 1. Step 1\n\nNot answered.');
  });
  it('writes names, decisions and rationales as text, never HTML (the one escaping rule of every export)', () => {
    let doc = flowReducer(EMPTY_FLOW, { type: 'create', item: newDesign('d', '<i>HR</i> <script>x</script>', now) });
    doc = flowReducer(doc, {
      type: 'setText',
      step: 5,
      prop: 'rationale',
      value: '<img src=x onerror=alert(1)>\nline | two',
      at: now,
    });
    doc = flowReducer(doc, { type: 'setText', step: 5, prop: 'decision', value: '<b>MID</b>', at: now });
    const design = doc.items[0];
    if (!design) throw new Error('no design');
    const markdown = recordMarkdown(design, { steps, flowSteps, notes: { recommendations: [], warnings: [] } });
    expect(markdown.startsWith('# \\<i>HR\\</i> \\<script>x\\</script>\n')).toBe(true);
    expect(markdown).toContain('| MID Server | \\<b>MID\\</b> | \\<img src=x onerror=alert(1)> line \\| two |');
    expect(markdown).toContain('- Decision: \\<b>MID\\</b>\n\n> \\<img src=x onerror=alert(1)>\n> line | two');
    expect(markdown).not.toMatch(/(^|[^\\])<(i|script|img|b)\b/);
  });
});

describe('the architecture diagram in the record', () => {
  it('ends the key decisions with a fenced mermaid block when the diagram is given, and has none otherwise', () => {
    const design = designFromPreset('ex', now, preset);
    const context = { steps, flowSteps: {}, notes: { recommendations: [], warnings: [] } };
    const markdown = recordMarkdown(design, { ...context, diagram: 'flowchart LR\n  n_a["A"] --> n_b["B"]' });
    expect(markdown).toContain(
      '## Architecture diagram\n\n```mermaid\nflowchart LR\n  n_a["A"] --> n_b["B"]\n```\n\n## Recommendations',
    );
    expect(recordMarkdown(design, context)).not.toContain('```mermaid');
  });
  it('keeps hostile names text: escaped in the record, quoted and escaped inside the mermaid block', () => {
    const hostile = '<img src=x onerror=alert(1)> ``` "quotes"';
    const design = { ...designFromPreset('ex', now, preset), name: hostile, labels: { system: hostile } };
    const context = { steps, flowSteps: {}, notes: { recommendations: [], warnings: [] } };
    const markdown = recordMarkdown(design, { ...context, diagram: designMermaid(design) });
    const block = /```mermaid\n([^]*?)\n```\n/.exec(markdown)?.[1] ?? '';
    expect(block).toContain('["#lt;img src=x onerror=alert(1)#gt; #96;#96;#96; #quot;quotes#quot;');
    expect(markdown.match(/^```/gm)).toHaveLength(2);
    expect(markdown).not.toMatch(/(^|[^\\])<(i|script|img)\b/);
  });
});
