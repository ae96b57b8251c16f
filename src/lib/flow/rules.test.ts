import { describe, expect, it } from 'vitest';
import { designFromPreset } from './design';
import { preset, rules, steps } from './fixtures';
import { deriveNotes, holds, notesForStep } from './rules';
import { choiceProblems } from './validate';
import type { Answers } from './types';

/**
 * A design in a line: `d('1.freshness=real-time 12.challenges=high-volume,burst', '17:na')` sets
 * choices (options comma-separated) and marks steps not applicable; parts are separate arguments
 * or separated by spaces.
 */
function d(...designs: string[]): Answers {
  const out: Answers = {};
  for (const part of designs.flatMap((design) => design.split(' ').filter(Boolean))) {
    const na = /^(\d+):na$/.exec(part);
    if (na?.[1]) {
      out[na[1]] = { ...out[na[1]], na: true };
      continue;
    }
    const match = /^(\d+)\.([a-z0-9-]+)=([a-z0-9-,]+)$/.exec(part);
    if (!match?.[1] || !match[2] || !match[3]) throw new Error(`bad part ${part}`);
    const [, step, field, options] = match;
    out[step] = { ...out[step], choices: { ...out[step]?.choices, [field]: options.split(',') } };
  }
  return out;
}
const ids = (answers: Answers) => {
  const { recommendations, warnings } = deriveNotes(rules, answers);
  return [...recommendations, ...warnings].map((n) => n.id);
};
const warnings = (answers: Answers) => deriveNotes(rules, answers).warnings.map((n) => n.id);

/**
 * Every rule, with designs that raise it and near misses that do not, one design a line. A rule
 * missing here fails the coverage test; a rule whose condition is dropped or loosened fails its own lines.
 */
const CASE_LINES: [rule: string, raised: 'raises' | 'not', design: string | Answers][] = [
  ['custom-needs-reason', 'raises', '2.native=custom'],
  ['custom-needs-reason', 'not', '2.native=custom 2.custom-reasons=performance'],
  ['custom-needs-reason', 'not', '2.native=spoke'],
  ['native-despite-none-exists', 'raises', '2.native=spoke 2.custom-reasons=none-exists'],
  ['native-despite-none-exists', 'raises', '2.native=zero-copy 2.custom-reasons=none-exists'],
  ['native-despite-none-exists', 'not', '2.native=custom 2.custom-reasons=none-exists'],
  ['native-despite-none-exists', 'not', '2.native=spoke 2.custom-reasons=not-meeting'],
  ['zero-copy-connector-with-copy', 'raises', '2.native=zero-copy 3.persistence=copy'],
  ['zero-copy-connector-with-copy', 'not', '2.native=zero-copy 3.persistence=zero-copy'],
  ['zero-copy-connector-with-copy', 'not', '2.native=spoke 3.persistence=copy'],
  ['spoke-without-integration-hub', 'raises', '2.native=spoke 8.implementation=scripted'],
  ['spoke-without-integration-hub', 'not', '2.native=spoke 8.implementation=hybrid'],
  ['spoke-without-integration-hub', 'not', '2.native=custom 8.implementation=scripted'],
  ['zero-copy-needs-copy', 'raises', '3.persistence=zero-copy 3.copy-criteria=reporting'],
  ['zero-copy-needs-copy', 'raises', '3.persistence=zero-copy 3.copy-criteria=offline'],
  ['zero-copy-needs-copy', 'raises', '3.persistence=zero-copy 3.copy-criteria=joins'],
  ['zero-copy-needs-copy', 'raises', '3.persistence=zero-copy 3.copy-criteria=history'],
  ['zero-copy-needs-copy', 'not', '3.persistence=copy 3.copy-criteria=joins'],
  ['zero-copy-needs-copy', 'not', '3.persistence=zero-copy 3.virtualize-criteria=volume'],
  ['copy-despite-residency', 'raises', '3.persistence=copy 3.virtualize-criteria=residency'],
  ['copy-despite-residency', 'not', '3.persistence=zero-copy 3.virtualize-criteria=residency'],
  ['copy-despite-residency', 'not', '3.persistence=copy 3.virtualize-criteria=volume'],
  ['copy-with-virtual-approach', 'raises', '3.persistence=copy 3.approach=zero-copy-connectors'],
  ['copy-with-virtual-approach', 'raises', '3.persistence=copy 3.approach=data-fabric'],
  ['copy-with-virtual-approach', 'not', '3.persistence=copy 3.approach=import-sets'],
  ['copy-with-virtual-approach', 'not', '3.persistence=zero-copy 3.approach=data-fabric'],
  ['zero-copy-with-copy-approach', 'raises', '3.persistence=zero-copy 3.approach=import-sets'],
  ['zero-copy-with-copy-approach', 'raises', '3.persistence=zero-copy 3.approach=table-api'],
  ['zero-copy-with-copy-approach', 'not', '3.persistence=zero-copy 3.approach=zero-copy-connectors'],
  ['zero-copy-with-copy-approach', 'not', '3.persistence=copy 3.approach=table-api'],
  ['approach-vs-inbound', 'raises', '3.approach=import-sets 9.inbound=table-api'],
  ['approach-vs-inbound', 'raises', '3.approach=table-api 9.inbound=import-set'],
  ['approach-vs-inbound', 'not', '3.approach=import-sets 9.inbound=scripted-rest,import-set'],
  ['approach-vs-inbound', 'not', '3.approach=import-sets 9.inbound=table-api,import-set'],
  ['correlation-ids', 'raises', '4.initiator=bidirectional'],
  ['correlation-ids', 'raises', '1.direction=both'],
  ['correlation-ids', 'not', '4.initiator=external'],
  ['inbound-endpoints', 'raises', '4.initiator=external'],
  ['inbound-endpoints', 'not', '4.initiator=servicenow'],
  ['real-time-vs-polling', 'raises', '1.freshness=real-time 4.trigger=polling'],
  ['real-time-vs-polling', 'not', '1.freshness=batch 4.trigger=polling'],
  ['real-time-vs-polling', 'not', '1.freshness=real-time 4.trigger=push'],
  ['continuous-polling', 'raises', '4.trigger=polling 12.challenges=polling'],
  ['continuous-polling', 'not', '4.trigger=push 12.challenges=polling'],
  ['continuous-polling', 'not', '4.trigger=polling 12.challenges=burst'],
  ['event-driven-vs-polling', 'raises', '4.trigger=polling 15.eda=webhooks'],
  ['event-driven-vs-polling', 'raises', '4.trigger=polling 15.eda=stream-connect'],
  ['event-driven-vs-polling', 'not', '4.trigger=polling 15.eda=request-response'],
  ['event-driven-vs-polling', 'not', '4.trigger=push 15.eda=webhooks'],
  ['mid-server-required', 'raises', '5.network=firewall'],
  ['mid-server-required', 'raises', '5.network=public 5.boundary=policy'],
  ['mid-server-required', 'not', '5.network=public'],
  ['mid-server-required', 'not', '5.network=firewall 5.boundary=spoke'],
  ['mid-server-confirm-topology', 'raises', '5.network=both'],
  ['mid-server-confirm-topology', 'not', '5.network=public'],
  ['mid-server-not-required', 'raises', '5.network=public 5.mid-server=required'],
  ['mid-server-not-required', 'raises', '5.network=both 5.boundary=spoke 5.mid-server=required'],
  ['mid-server-not-required', 'not', '5.network=public 5.boundary=policy 5.mid-server=required'],
  ['mid-server-not-required', 'not', '5.network=public 5.mid-server=none'],
  ['mid-server-missing', 'raises', '5.network=firewall 5.mid-server=none'],
  ['mid-server-missing', 'raises', '5.network=public 5.boundary=policy 5.mid-server=none'],
  ['mid-server-missing', 'not', '5.network=firewall 5.boundary=spoke 5.mid-server=none'],
  ['mid-server-missing', 'not', '5.network=firewall 5.mid-server=required'],
  ['mid-server-missing', 'not', '5.network=public 5.mid-server=none'],
  ['protocol-fallback-temporary', 'raises', '6.protocol=file'],
  ['protocol-fallback-temporary', 'raises', '6.protocol=email-rpa'],
  ['protocol-fallback-temporary', 'not', '6.protocol=soap'],
  ['real-time-vs-file', 'raises', '1.freshness=real-time 6.protocol=file'],
  ['real-time-vs-file', 'not', '1.freshness=batch 6.protocol=file'],
  ['real-time-vs-file', 'not', '1.freshness=real-time 6.protocol=rest'],
  ['stream-connect-without-kafka', 'raises', '15.kafka=none 15.eda=stream-connect'],
  ['stream-connect-without-kafka', 'raises', '6.protocol=kafka 15.kafka=none'],
  ['stream-connect-without-kafka', 'not', '15.kafka=exists 15.eda=stream-connect'],
  ['stream-connect-without-kafka', 'not', '6.protocol=kafka 15.kafka=planned 15.eda=stream-connect'],
  ['kafka-protocol-without-stream-connect', 'raises', '6.protocol=kafka 15.eda=webhooks'],
  ['kafka-protocol-without-stream-connect', 'raises', '6.protocol=kafka 15.eda=request-response'],
  ['kafka-protocol-without-stream-connect', 'not', '6.protocol=kafka 15.eda=stream-connect'],
  ['kafka-protocol-without-stream-connect', 'not', '6.protocol=rest 15.eda=webhooks'],
  ['stream-connect-without-kafka-protocol', 'raises', '6.protocol=rest 15.eda=stream-connect'],
  ['stream-connect-without-kafka-protocol', 'raises', '6.protocol=file 15.eda=stream-connect'],
  ['stream-connect-without-kafka-protocol', 'not', '6.protocol=kafka 15.eda=stream-connect'],
  ['stream-connect-without-kafka-protocol', 'not', '15.eda=stream-connect'],
  ['stream-connect-without-kafka-protocol', 'not', '6.protocol=rest 15.eda=webhooks'],
  ['async-inbound', 'raises', '4.initiator=external 7.processing=async'],
  ['async-inbound', 'raises', '1.direction=inbound 7.processing=async'],
  ['async-inbound', 'not', '1.direction=inbound 4.initiator=servicenow 7.processing=async'],
  ['async-inbound', 'not', '4.initiator=external 7.processing=sync'],
  ['async-outbound', 'raises', '4.initiator=servicenow 7.processing=async'],
  ['async-outbound', 'raises', '1.direction=outbound 7.processing=async'],
  ['async-outbound', 'not', '1.direction=outbound 4.initiator=external 7.processing=async'],
  ['async-outbound', 'not', '4.initiator=servicenow 7.processing=sync'],
  ['async-direction-unknown', 'raises', '7.processing=async'],
  ['async-direction-unknown', 'not', '1.direction=inbound 7.processing=async'],
  ['async-direction-unknown', 'not', '4.initiator=servicenow 7.processing=async'],
  ['async-mid-server-inbound', 'raises', '4.initiator=external 5.network=both 7.processing=async'],
  ['async-mid-server-inbound', 'raises', '1.direction=inbound 5.mid-server=required 7.processing=async'],
  ['async-mid-server-inbound', 'not', '4.initiator=external 5.network=public 7.processing=async'],
  ['async-mid-server-inbound', 'not', '4.initiator=servicenow 5.network=firewall 7.processing=async'],
  ['async-scheduler-workers', 'raises', '7.processing=async'],
  ['async-scheduler-workers', 'not', '7.processing=sync'],
  ['sync-under-load', 'raises', '7.processing=sync 12.challenges=burst'],
  ['sync-under-load', 'raises', '7.processing=sync 12.challenges=high-volume'],
  ['sync-under-load', 'raises', '7.processing=sync 7.async-criteria=high-volume'],
  ['sync-under-load', 'not', '7.processing=async 12.challenges=burst'],
  ['sync-under-load', 'not', '7.processing=sync 12.challenges=large-payloads'],
  ['sync-despite-async-criteria', 'raises', '7.processing=sync 7.async-criteria=long'],
  ['sync-despite-async-criteria', 'raises', '7.processing=sync 7.async-criteria=variable'],
  ['sync-despite-async-criteria', 'raises', '7.processing=sync 7.async-criteria=scalability'],
  ['sync-despite-async-criteria', 'not', '7.processing=async 7.async-criteria=long'],
  ['sync-despite-async-criteria', 'not', '7.processing=sync 7.sync-criteria=simple-fast'],
  ['async-despite-sync-criteria', 'raises', '7.processing=async 7.sync-criteria=immediate'],
  ['async-despite-sync-criteria', 'raises', '7.processing=async 7.sync-criteria=user-waiting'],
  ['async-despite-sync-criteria', 'raises', '7.processing=async 7.sync-criteria=confirmation'],
  ['async-despite-sync-criteria', 'not', '7.processing=sync 7.sync-criteria=user-waiting'],
  ['async-despite-sync-criteria', 'not', '7.processing=async 7.sync-criteria=simple-fast'],
  ['scripted-hybrid', 'raises', '8.implementation=scripted'],
  ['scripted-hybrid', 'not', '8.implementation=hybrid'],
  ['inbound-webhooks-scripted-rest', 'raises', '4.initiator=external 4.trigger=push 8.implementation=integration-hub'],
  ['inbound-webhooks-scripted-rest', 'raises', '4.initiator=external 8.implementation=integration-hub 15.eda=webhooks'],
  ['inbound-webhooks-scripted-rest', 'not', '4.initiator=external 4.trigger=push 8.implementation=hybrid'],
  ['inbound-webhooks-scripted-rest', 'not', '4.initiator=servicenow 4.trigger=push 8.implementation=integration-hub'],
  ['coalesce-upsert', 'raises', '9.inbound=import-set'],
  ['coalesce-upsert', 'raises', '9.inbound=scripted-rest,import-set'],
  ['coalesce-upsert', 'not', '9.inbound=table-api'],
  ['scripted-rest-with-import-sets', 'raises', '9.inbound=scripted-rest'],
  ['scripted-rest-with-import-sets', 'not', '9.inbound=scripted-rest,import-set'],
  ['scripted-rest-with-import-sets', 'not', '9.inbound=table-api'],
  ['table-api-for-bulk', 'raises', '9.inbound=table-api 12.challenges=high-volume'],
  ['table-api-for-bulk', 'raises', '9.inbound=table-api 12.challenges=large-payloads'],
  ['table-api-for-bulk', 'not', '9.inbound=table-api,import-set 12.challenges=high-volume'],
  ['table-api-for-bulk', 'not', '9.inbound=table-api 12.challenges=burst'],
  ['basic-auth-external', 'raises', '5.network=public 10.auth=basic'],
  ['basic-auth-external', 'not', '5.network=firewall 10.auth=basic'],
  ['basic-auth-external', 'not', '5.network=public 10.auth=api-key'],
  ['basic-auth-confirm', 'raises', '5.network=both 10.auth=basic'],
  ['basic-auth-confirm', 'not', '5.network=firewall 10.auth=basic'],
  ['mtls-considerations', 'raises', '10.auth=mtls'],
  ['mtls-considerations', 'not', '10.auth=oauth'],
  ['idempotency-with-retries', 'raises', '11.strategy=retry'],
  ['idempotency-with-retries', 'not', '11.strategy=retry,idempotency'],
  ['idempotency-with-retries', 'not', '11.strategy=logging'],
  ['multiple-endpoints-point-to-point', 'raises', '12.challenges=multiple-endpoints 13.middleware=direct'],
  ['multiple-endpoints-point-to-point', 'not', '12.challenges=multiple-endpoints 13.middleware=esb'],
  ['multiple-endpoints-point-to-point', 'not', '12.challenges=burst 13.middleware=direct'],
  ['esb-many-endpoints', 'raises', '13.endpoints=many 13.middleware=direct'],
  ['esb-many-endpoints', 'not', '13.endpoints=many 13.middleware=esb'],
  ['esb-many-endpoints', 'not', '13.endpoints=few 13.middleware=direct'],
  ['middleware-with-few-endpoints', 'raises', '13.endpoints=few 13.middleware=esb'],
  ['middleware-with-few-endpoints', 'not', '12.challenges=multiple-endpoints 13.endpoints=few 13.middleware=esb'],
  ['middleware-with-few-endpoints', 'not', '13.endpoints=many 13.middleware=esb'],
  ['rest-for-regulated-ai', 'raises', '14.ai=mcp 14.workflow=regulated'],
  ['rest-for-regulated-ai', 'raises', '14.ai=a2a 14.workflow=regulated'],
  ['rest-for-regulated-ai', 'not', '14.ai=rest 14.workflow=regulated'],
  ['rest-for-regulated-ai', 'not', '14.ai=mcp 14.workflow=dynamic'],
  ['kafka-consider-stream-connect', 'raises', '15.kafka=exists'],
  ['kafka-consider-stream-connect', 'raises', '15.kafka=planned 15.eda=webhooks'],
  ['kafka-consider-stream-connect', 'not', '15.kafka=exists 15.eda=stream-connect'],
  ['kafka-consider-stream-connect', 'not', '15.kafka=none'],
  ['eda-when-not', 'raises', '15.eda=stream-connect 15.eda-not-when=simple'],
  ['eda-when-not', 'raises', '15.eda=stream-connect 15.eda-not-when=transactional'],
  ['eda-when-not', 'raises', '15.eda=stream-connect 15.eda-not-when=low-volume'],
  ['eda-when-not', 'not', '15.eda=webhooks 15.eda-not-when=transactional'],
  ['eda-when-not', 'not', '15.eda=stream-connect 15.eda-when=consumers'],
  ['iframe-caveats', 'raises', '16.ui=iframe'],
  ['iframe-caveats', 'raises', '16.ui=iframe 16.iframe-caveats=security,cross-origin,frame-options'],
  ['iframe-caveats', 'not', '16.ui=iframe 16.iframe-caveats=security,cross-origin,frame-options,last-resort'],
  ['iframe-caveats', 'not', '16.ui=mobile-sdk'],
  ['fallback-temporary', 'raises', '17.fallback=rpa'],
  ['fallback-temporary', 'raises', '17.fallback=lens'],
  ['fallback-temporary', 'not', '17.fallback=reconciliation'],
  ['critical-without-fallback', 'raises', '1.freshness=real-time 1.failure-impact=critical 17:na'],
  ['critical-without-fallback', 'raises', '1.freshness=near-real-time 1.failure-impact=critical 17:na'],
  [
    'critical-without-fallback',
    'raises',
    { ...d('1.freshness=real-time 1.failure-impact=critical'), '17': { rationale: 'We accept the outage.' } },
  ],
  ['critical-without-fallback', 'not', '1.freshness=real-time 1.failure-impact=critical'],
  ['critical-without-fallback', 'not', '1.freshness=real-time 1.failure-impact=critical 17.fallback=reconciliation'],
  ['critical-without-fallback', 'not', '1.freshness=batch 1.failure-impact=critical 17:na'],
  ['critical-without-fallback', 'not', '1.freshness=real-time 1.failure-impact=not-critical 17:na'],
  ['email-rpa-despite-api', 'raises', '6.protocol=rest 17.fallback=rpa'],
  ['email-rpa-despite-api', 'raises', '6.protocol=soap 17.fallback=email'],
  ['email-rpa-despite-api', 'not', '6.protocol=email-rpa 17.fallback=rpa'],
  ['email-rpa-despite-api', 'not', '6.protocol=rest 17.fallback=file,reconciliation'],
  ['email-not-critical', 'raises', '1.failure-impact=critical 17.fallback=email'],
  ['email-not-critical', 'not', '1.failure-impact=not-critical 17.fallback=email'],
  ['email-not-critical', 'not', '1.failure-impact=critical 17.fallback=file'],
];
const CASES: Record<string, { raises: Answers[]; not: Answers[] }> = {};
for (const [rule, raised, design] of CASE_LINES) {
  const cases = (CASES[rule] ??= { raises: [], not: [] });
  cases[raised].push(typeof design === 'string' ? d(design) : design);
}

describe('conditions', () => {
  it('has, hasAll, all, any, not', () => {
    const answers = d('5.network=firewall', '11.strategy=retry,logging');
    expect(holds({ step: 5, field: 'network', has: 'firewall' }, answers)).toBe(true);
    expect(holds({ step: 11, field: 'strategy', hasAll: ['retry', 'logging'] }, answers)).toBe(true);
    expect(holds({ step: 11, field: 'strategy', hasAll: ['retry', 'idempotency'] }, answers)).toBe(false);
    expect(
      holds(
        {
          all: [{ step: 5, field: 'network', has: 'firewall' }, { not: { step: 5, field: 'network', has: 'public' } }],
        },
        answers,
      ),
    ).toBe(true);
    expect(holds({ any: [] }, answers)).toBe(false);
    expect(holds({ all: [] }, answers)).toBe(true);
  });
  it('a step marked not applicable satisfies nothing', () => {
    expect(
      holds({ step: 5, field: 'network', has: 'firewall' }, { '5': { na: true, choices: { network: ['firewall'] } } }),
    ).toBe(false);
  });
  it('status: where a step stands (answered, not applicable, open)', () => {
    const answers: Answers = { '1': { rationale: 'Why.' }, '2': { na: true }, '3': { choices: { persistence: [] } } };
    expect(holds({ step: 1, status: 'answered' }, answers)).toBe(true);
    expect(holds({ step: 2, status: 'na' }, answers)).toBe(true);
    expect(holds({ step: 3, status: 'open' }, answers)).toBe(true);
    expect(holds({ step: 4, status: 'open' }, answers)).toBe(true);
    expect(holds({ step: 2, status: 'answered' }, answers)).toBe(false);
  });
});

describe('every rule, raised where the cheat sheet says and not on a near miss', () => {
  it('each rule has its cases here', () => {
    expect(Object.keys(CASES).sort()).toEqual(rules.map((r) => r.id).sort());
  });
  for (const rule of rules) {
    const cases = CASES[rule.id];
    it(`${rule.id} (${rule.kind})`, () => {
      expect(cases?.raises.length, 'a design that raises it').toBeGreaterThan(0);
      expect(cases?.not.length, 'a near miss').toBeGreaterThan(0);
      for (const answers of cases?.raises ?? []) expect(ids(answers), JSON.stringify(answers)).toContain(rule.id);
      for (const answers of cases?.not ?? []) expect(ids(answers), JSON.stringify(answers)).not.toContain(rule.id);
    });
  }
  it('the cases choose only fields and options the steps have, one option for a single choice', () => {
    for (const answers of Object.values(CASES).flatMap((c) => [...c.raises, ...c.not]))
      for (const [q, answer] of Object.entries(answers))
        for (const [field, options] of Object.entries(answer.choices ?? {})) {
          expect(choiceProblems(steps, Number(q), field, options)).toEqual([]);
          const type = steps.find((s) => s.question === Number(q))?.fields.find((f) => f.id === field)?.type;
          if (type === 'single') expect(options, `${q}.${field}`).toHaveLength(1);
        }
  });
  it('nothing answered: nothing derived', () => {
    expect(ids({})).toEqual([]);
  });
});

describe('what the rules say and cite', () => {
  it('every rule cites what it rests on, and every warning a section of a question page or the worked example', () => {
    for (const rule of rules) {
      expect(rule.source, rule.id).toBeTypeOf('object');
      if (rule.kind === 'warning' && 'question' in rule.source)
        expect(rule.source.section, rule.id).toMatch(/^[a-z0-9-]+$/);
    }
  });
  it('rule ids are unique and each warning is shown at every step it involves', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    const { warnings: found } = deriveNotes(rules, d('1.freshness=real-time', '4.trigger=polling'));
    for (const step of [1, 4]) expect(notesForStep(found, step).map((n) => n.id)).toEqual(['real-time-vs-polling']);
    expect(notesForStep(found, 2)).toEqual([]);
  });
  it('Basic Auth on a public endpoint is a warning naming API Key/Token among the alternatives', () => {
    const note = deriveNotes(rules, d('10.auth=basic', '5.network=public')).warnings.find(
      (n) => n.id === 'basic-auth-external',
    );
    expect(note?.message).toMatch(/internal only/);
    expect(note?.message).toMatch(/API Key\/Token \(medium security: simple integrations, controlled access\)/);
  });
  it('question 7 follows the direction: a firewall-bound system pushing in gets inbound options, not executeAsync()', () => {
    const answers = d('1.direction=inbound', '4.initiator=external', '5.network=firewall', '7.processing=async');
    const at7 = notesForStep(deriveNotes(rules, answers).recommendations, 7);
    const text = at7.map((n) => n.message).join(' ');
    expect(text).toMatch(/Import Set API with async transform mode/);
    expect(text).toMatch(/202 Accepted/);
    expect(text).not.toMatch(/executeAsync/);
    // The ECC queue stays, saying what it rests on: the worked example's position and question 12.
    expect(at7.find((n) => n.id === 'async-mid-server-inbound')?.message).toMatch(/worked example/);
    const outbound = notesForStep(
      deriveNotes(rules, d('4.initiator=servicenow', '7.processing=async')).recommendations,
      7,
    );
    const outText = outbound.map((n) => n.message).join(' ');
    expect(outText).toMatch(/RESTMessageV2\.executeAsync\(\)/);
    expect(outText).not.toMatch(/Import Set API/);
  });
});

describe('the worked example', () => {
  const design = designFromPreset('ex', '2026-12-01T09:00:00.000Z', preset);
  it('raises no warning, and the recommendations its own text makes', () => {
    expect(design).toBeDefined();
    expect(warnings(design?.answers ?? {})).toEqual([]);
    expect(deriveNotes(rules, design?.answers ?? {}).recommendations.map((n) => n.id)).toEqual([
      'inbound-endpoints',
      'mid-server-confirm-topology',
      'async-inbound',
      'async-mid-server-inbound',
      'async-scheduler-workers',
      'coalesce-upsert',
    ]);
  });
  it('expresses the cheat sheet: sys_user joins, Scripted REST with Import Sets, no retry policy of its own', () => {
    const answers = design?.answers ?? {};
    expect(answers['3']?.choices?.['copy-criteria']).toContain('joins');
    expect(answers['9']?.choices?.['inbound']).toEqual(['scripted-rest', 'import-set']);
    expect(answers['11']?.choices?.['strategy']).not.toContain('retry');
    expect(answers['7']?.choices?.['async-criteria']).toContain('high-volume');
  });
});
