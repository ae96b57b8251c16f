import { describe as group, expect, it } from 'vitest';
import { architecture, describe } from './architecture';
import { modelOf, workedExample } from './fixtures';
import { layout } from './layout';
import { svgMarkup } from './svg';

const example = architecture(workedExample, 'HR to ITSM Integration Architecture');
const line = (from: string, to: string) => example.connections.find((c) => c.from === from && c.to === to && !c.reply);

group('the worked example', () => {
  it('keeps everything the hand-drawn diagram showed', () => {
    const labels = example.components.map((c) => [c.label, c.sub ?? '']);
    expect(labels).toEqual(
      expect.arrayContaining([
        ['HR System', ''],
        ['Kafka Topic', '(employee.events)'],
        ['Stream Connect', ''],
        ['MID Server', 'only if HR is on-premise'],
        ['Scripted REST API', 'inbound endpoint'],
        ['Import Set API', 'staging table'],
        ['Transform Map', 'coalesce: Employee ID'],
        ['sys_user', ''],
        ['Error table', 'failed records, full payload'],
        ['Alerting / incident creation', '>5 failures in 10 minutes'],
        ['Scheduled reconciliation job', 'every 4 hours'],
      ]),
    );
    expect(line('external', 'scripted-rest')).toMatchObject({ kind: 'main', label: 'POST · OAuth 2.0' });
    expect(example.connections.find((c) => c.reply)).toMatchObject({
      from: 'scripted-rest',
      to: 'external',
      label: expect.stringContaining('202 Accepted (async)'),
    });
    expect(line('topic', 'stream')).toMatchObject({ kind: 'optional', label: 'if Kafka exists' });
    expect(line('external', 'mid')?.kind).toBe('optional');
    expect(line('transform', 'error')?.kind).toBe('error');
    expect(line('fallback-reconciliation', 'staging')).toMatchObject({
      kind: 'fallback',
      label: 'same Import Set table, same Transform Map',
    });
    expect(line('external', 'fallback-reconciliation')).toMatchObject({
      kind: 'fallback',
      label: 'full extract via HR API or SFTP',
    });
  });
  it('its SVG holds every component and label, a title and a description', () => {
    const svg = svgMarkup(layout(example), { idPrefix: 'x' });
    for (const text of [
      'HR System',
      'Kafka Topic',
      '(employee.events)',
      'Stream Connect',
      'if Kafka exists',
      'MID Server',
      'Scripted REST API',
      'inbound endpoint',
      'POST · OAuth 2.0',
      '202 Accepted (async)',
      'Import Set API',
      'staging table',
      'Transform Map',
      'coalesce: Employee ID',
      'sys_user',
      'Error table',
      'failed records, full payload',
      'Alerting / incident creation',
      '&gt;5 failures in 10 minutes',
      'Scheduled reconciliation job',
      'every 4 hours',
      'same Transform Map',
      'ServiceNow instance',
      'Main path',
      'Optional path',
      'Error handling',
      'Fallback',
    ])
      expect(svg).toContain(text);
    expect(svg).toMatch(/<title id="x-title">HR to ITSM Integration Architecture<\/title>/);
    expect(svg).toMatch(/<desc id="x-desc">HR System → Scripted REST API: POST · OAuth 2.0 \(main path\)/);
  });
  it('changing question 5 to "behind a firewall" puts the MID Server on the main path', () => {
    const answers = { ...workedExample.answers, 5: { choices: { network: ['firewall'] } } };
    const model = architecture({ ...workedExample, answers }, 't');
    expect(model.connections).toContainEqual(expect.objectContaining({ from: 'external', to: 'mid', kind: 'main' }));
    expect(model.connections).toContainEqual(
      expect.objectContaining({ from: 'mid', to: 'scripted-rest', kind: 'main', label: 'POST · OAuth 2.0' }),
    );
    expect(model.components.find((c) => c.id === 'mid')?.optional).toBeUndefined();
  });
});

group('the main path', () => {
  it('runs out of the instance for an outbound design, through the MID Server', () => {
    const model = modelOf({
      4: { initiator: ['servicenow'] },
      5: { network: ['firewall'] },
      8: { implementation: ['integration-hub'] },
      10: { auth: ['mtls'] },
    });
    expect(model.connections.map((c) => [c.from, c.to, c.label])).toEqual([
      ['table', 'caller', undefined],
      ['caller', 'mid', 'mTLS'],
      ['mid', 'external', undefined],
    ]);
  });
  it('two-way designs also send changes back out', () => {
    const model = modelOf({
      4: { initiator: ['bidirectional'] },
      8: { implementation: ['hybrid'] },
      9: { inbound: ['import-set'] },
    });
    expect(model.connections.map((c) => [c.from, c.to])).toEqual(
      expect.arrayContaining([
        ['external', 'scripted-rest'],
        ['table', 'caller'],
        ['caller', 'external'],
      ]),
    );
  });
  it('the text list says every connection, its label and its kind', () => {
    expect(
      describe(
        modelOf({
          4: { initiator: ['external'] },
          9: { inbound: ['table-api'] },
          10: { auth: ['basic'] },
        }),
      ),
    ).toEqual(['External system → Table API: Basic Auth (main path)', 'Table API → Target table (main path)']);
  });
});
