import { describe, expect, it, vi } from 'vitest';
import { architecture } from './architecture';
import { HOSTILE, modelOf, workedExample } from './fixtures';
import { mermaidText } from '../export-text';
import { mermaidFlowchart } from './mermaid';

// Mermaid's parser runs in Node; only its sanitizer (for rendering) needs a DOM: stubbed here.
vi.mock('dompurify', () => ({
  default: { addHook: () => {}, removeHook: () => {}, removeHooks: () => {}, sanitize: (s: string) => s },
}));
const parse = async (text: string) => (await import('mermaid')).default.parse(text);

const fixed = modelOf(
  {
    4: { initiator: ['external'] },
    5: { network: ['both'] },
    9: { inbound: ['import-set'] },
    10: { auth: ['oauth'] },
    11: { strategy: ['logging'] },
  },
  { system: 'HR System', table: 'sys_user', coalesce: 'Employee ID' },
  'Fixed',
);

describe('the Mermaid writer', () => {
  it('writes an exact flowchart for a fixed design', () => {
    expect(mermaidFlowchart(fixed)).toBe(
      [
        'flowchart LR',
        '  n_external["HR System"]',
        '  subgraph z_network["Customer network"]',
        '    n_mid["MID Server<br/>only if on-premise"]',
        '  end',
        '  subgraph z_instance["ServiceNow instance"]',
        '    n_staging["Import Set API<br/>staging table"]',
        '    n_transform["Transform Map<br/>coalesce: Employee ID"]',
        '    n_table["sys_user"]',
        '    n_error["Error table<br/>failed records, full payload"]',
        '    n_alert["Alerting / incident creation<br/>error rate threshold"]',
        '  end',
        '  n_external -->|"OAuth 2.0"| n_staging',
        '  n_staging --> n_transform',
        '  n_transform --> n_table',
        '  n_external -.-> n_mid',
        '  n_mid -.-> n_staging',
        '  n_transform -->|"failed rows"| n_error',
        '  n_error -->|"event rule"| n_alert',
        '  classDef optional stroke-dasharray: 5 5',
        '  class n_mid optional',
        '  classDef error stroke:#b91c1c',
        '  class n_error,n_alert error',
        '  linkStyle 5 stroke:#b91c1c',
        '  linkStyle 6 stroke:#b91c1c',
      ].join('\n'),
    );
  });
  it('keeps hostile names inside quoted labels, as entity codes', () => {
    expect(mermaidText(HOSTILE)).toBe('#lt;img src=x onerror=alert(1)#gt; #amp; #quot;quotes#quot;');
    expect(mermaidText('a"]\n--> b ```')).toBe('a#quot;] --#gt; b #96;#96;#96;');
    const text = mermaidFlowchart(
      architecture(
        { ...workedExample, labels: { system: HOSTILE, table: '"]; click n_table "javascript:alert(1)"' } },
        't',
      ),
    );
    expect(text).not.toMatch(/<img|"quotes"|"javascript/);
    expect(text).toContain('n_external["#lt;img src=x onerror=alert(1)#gt; #amp; #quot;quotes#quot;"]');
  });
  it('parses with the mermaid package (the worked example, the fixed design and hostile names); a broken text does not', async () => {
    await expect(parse(mermaidFlowchart(fixed))).resolves.toBeTruthy();
    await expect(parse(mermaidFlowchart(architecture(workedExample, 't')))).resolves.toBeTruthy();
    const hostile = architecture(
      { ...workedExample, labels: { system: HOSTILE, table: 'a|b"c]d', topic: 'end', schedule: '#x; `y`' } },
      't',
    );
    await expect(parse(mermaidFlowchart(hostile))).resolves.toBeTruthy();
    await expect(parse(mermaidFlowchart(fixed).replace('"HR System"', '"HR "System"'))).rejects.toThrow();
  }, 60_000);
});
