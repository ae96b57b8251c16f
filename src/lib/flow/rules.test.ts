import { describe, expect, it } from 'vitest';
import { EMPTY_FLOW, designFromPreset, flowReducer } from './design';
import { preset, rules, steps } from './fixtures';
import { deriveNotes, holds, notesForStep } from './rules';
import { choiceProblems } from './validate';
import type { Answers } from './types';

/**
 * A design in a line: `d('1.freshness=real-time', '12.challenges=high-volume,burst', '17:na')`
 * sets choices (options comma-separated) and marks steps not applicable.
 */
function d(...parts: string[]): Answers {
  const out: Answers = {};
  for (const part of parts) {
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
 * Every rule, with designs that raise it and near misses that do not. A rule missing here fails
 * the coverage test; a rule whose condition is dropped or loosened fails its own lines.
 */
const CASES: Record<string, { raises: Answers[]; not: Answers[] }> = {
  'custom-needs-reason': {
    raises: [d('2.native=custom')],
    not: [d('2.native=custom', '2.custom-reasons=performance'), d('2.native=spoke')],
  },
  'native-despite-none-exists': {
    raises: [
      d('2.native=spoke', '2.custom-reasons=none-exists'),
      d('2.native=zero-copy', '2.custom-reasons=none-exists'),
    ],
    not: [d('2.native=custom', '2.custom-reasons=none-exists'), d('2.native=spoke', '2.custom-reasons=not-meeting')],
  },
  'zero-copy-connector-with-copy': {
    raises: [d('2.native=zero-copy', '3.persistence=copy')],
    not: [d('2.native=zero-copy', '3.persistence=zero-copy'), d('2.native=spoke', '3.persistence=copy')],
  },
  'spoke-without-integration-hub': {
    raises: [d('2.native=spoke', '8.implementation=scripted')],
    not: [d('2.native=spoke', '8.implementation=hybrid'), d('2.native=custom', '8.implementation=scripted')],
  },
  'zero-copy-needs-copy': {
    raises: ['reporting', 'offline', 'joins', 'history'].map((c) =>
      d('3.persistence=zero-copy', `3.copy-criteria=${c}`),
    ),
    not: [
      d('3.persistence=copy', '3.copy-criteria=joins'),
      d('3.persistence=zero-copy', '3.virtualize-criteria=volume'),
    ],
  },
  'copy-despite-residency': {
    raises: [d('3.persistence=copy', '3.virtualize-criteria=residency')],
    not: [
      d('3.persistence=zero-copy', '3.virtualize-criteria=residency'),
      d('3.persistence=copy', '3.virtualize-criteria=volume'),
    ],
  },
  'copy-with-virtual-approach': {
    raises: [
      d('3.persistence=copy', '3.approach=zero-copy-connectors'),
      d('3.persistence=copy', '3.approach=data-fabric'),
    ],
    not: [d('3.persistence=copy', '3.approach=import-sets'), d('3.persistence=zero-copy', '3.approach=data-fabric')],
  },
  'zero-copy-with-copy-approach': {
    raises: [
      d('3.persistence=zero-copy', '3.approach=import-sets'),
      d('3.persistence=zero-copy', '3.approach=table-api'),
    ],
    not: [
      d('3.persistence=zero-copy', '3.approach=zero-copy-connectors'),
      d('3.persistence=copy', '3.approach=table-api'),
    ],
  },
  'approach-vs-inbound': {
    raises: [d('3.approach=import-sets', '9.inbound=table-api'), d('3.approach=table-api', '9.inbound=import-set')],
    not: [
      d('3.approach=import-sets', '9.inbound=scripted-rest,import-set'),
      d('3.approach=import-sets', '9.inbound=table-api,import-set'),
    ],
  },
  'correlation-ids': {
    raises: [d('4.initiator=bidirectional'), d('1.direction=both')],
    not: [d('4.initiator=external')],
  },
  'inbound-endpoints': { raises: [d('4.initiator=external')], not: [d('4.initiator=servicenow')] },
  'real-time-vs-polling': {
    raises: [d('1.freshness=real-time', '4.trigger=polling')],
    not: [d('1.freshness=batch', '4.trigger=polling'), d('1.freshness=real-time', '4.trigger=push')],
  },
  'continuous-polling': {
    raises: [d('12.challenges=polling', '4.trigger=polling')],
    not: [d('12.challenges=polling', '4.trigger=push'), d('12.challenges=burst', '4.trigger=polling')],
  },
  'event-driven-vs-polling': {
    raises: [d('4.trigger=polling', '15.eda=webhooks'), d('4.trigger=polling', '15.eda=stream-connect')],
    not: [d('4.trigger=polling', '15.eda=request-response'), d('4.trigger=push', '15.eda=webhooks')],
  },
  'mid-server-required': {
    raises: [d('5.network=firewall'), d('5.network=public', '5.boundary=policy')],
    not: [d('5.network=public'), d('5.network=firewall', '5.boundary=spoke')],
  },
  'mid-server-confirm-topology': { raises: [d('5.network=both')], not: [d('5.network=public')] },
  'mid-server-not-required': {
    raises: [
      d('5.network=public', '5.mid-server=required'),
      d('5.network=both', '5.boundary=spoke', '5.mid-server=required'),
    ],
    not: [
      d('5.network=public', '5.boundary=policy', '5.mid-server=required'),
      d('5.network=public', '5.mid-server=none'),
    ],
  },
  'mid-server-missing': {
    raises: [
      d('5.network=firewall', '5.mid-server=none'),
      d('5.network=public', '5.boundary=policy', '5.mid-server=none'),
    ],
    not: [
      d('5.network=firewall', '5.boundary=spoke', '5.mid-server=none'),
      d('5.network=firewall', '5.mid-server=required'),
      d('5.network=public', '5.mid-server=none'),
    ],
  },
  'protocol-fallback-temporary': {
    raises: [d('6.protocol=file'), d('6.protocol=email-rpa')],
    not: [d('6.protocol=soap')],
  },
  'real-time-vs-file': {
    raises: [d('1.freshness=real-time', '6.protocol=file')],
    not: [d('1.freshness=batch', '6.protocol=file'), d('1.freshness=real-time', '6.protocol=rest')],
  },
  'stream-connect-without-kafka': {
    raises: [d('15.kafka=none', '15.eda=stream-connect'), d('15.kafka=none', '6.protocol=kafka')],
    not: [
      d('15.kafka=exists', '15.eda=stream-connect'),
      d('15.kafka=planned', '15.eda=stream-connect', '6.protocol=kafka'),
    ],
  },
  'kafka-protocol-without-stream-connect': {
    raises: [d('6.protocol=kafka', '15.eda=webhooks'), d('6.protocol=kafka', '15.eda=request-response')],
    not: [d('6.protocol=kafka', '15.eda=stream-connect'), d('6.protocol=rest', '15.eda=webhooks')],
  },
  'stream-connect-without-kafka-protocol': {
    raises: [d('15.eda=stream-connect', '6.protocol=rest'), d('15.eda=stream-connect', '6.protocol=file')],
    not: [
      d('15.eda=stream-connect', '6.protocol=kafka'),
      d('15.eda=stream-connect'),
      d('15.eda=webhooks', '6.protocol=rest'),
    ],
  },
  'async-inbound': {
    raises: [d('7.processing=async', '4.initiator=external'), d('7.processing=async', '1.direction=inbound')],
    not: [
      d('7.processing=async', '4.initiator=servicenow', '1.direction=inbound'),
      d('7.processing=sync', '4.initiator=external'),
    ],
  },
  'async-outbound': {
    raises: [d('7.processing=async', '4.initiator=servicenow'), d('7.processing=async', '1.direction=outbound')],
    not: [
      d('7.processing=async', '4.initiator=external', '1.direction=outbound'),
      d('7.processing=sync', '4.initiator=servicenow'),
    ],
  },
  'async-direction-unknown': {
    raises: [d('7.processing=async')],
    not: [d('7.processing=async', '1.direction=inbound'), d('7.processing=async', '4.initiator=servicenow')],
  },
  'async-mid-server-inbound': {
    raises: [
      d('7.processing=async', '4.initiator=external', '5.network=both'),
      d('7.processing=async', '1.direction=inbound', '5.mid-server=required'),
    ],
    not: [
      d('7.processing=async', '4.initiator=external', '5.network=public'),
      d('7.processing=async', '4.initiator=servicenow', '5.network=firewall'),
    ],
  },
  'async-scheduler-workers': { raises: [d('7.processing=async')], not: [d('7.processing=sync')] },
  'sync-under-load': {
    raises: [
      d('7.processing=sync', '12.challenges=burst'),
      d('7.processing=sync', '12.challenges=high-volume'),
      d('7.processing=sync', '7.async-criteria=high-volume'),
    ],
    not: [d('7.processing=async', '12.challenges=burst'), d('7.processing=sync', '12.challenges=large-payloads')],
  },
  'sync-despite-async-criteria': {
    raises: ['long', 'variable', 'scalability'].map((c) => d('7.processing=sync', `7.async-criteria=${c}`)),
    not: [d('7.processing=async', '7.async-criteria=long'), d('7.processing=sync', '7.sync-criteria=simple-fast')],
  },
  'async-despite-sync-criteria': {
    raises: ['immediate', 'user-waiting', 'confirmation'].map((c) => d('7.processing=async', `7.sync-criteria=${c}`)),
    not: [
      d('7.processing=sync', '7.sync-criteria=user-waiting'),
      d('7.processing=async', '7.sync-criteria=simple-fast'),
    ],
  },
  'scripted-hybrid': { raises: [d('8.implementation=scripted')], not: [d('8.implementation=hybrid')] },
  'inbound-webhooks-scripted-rest': {
    raises: [
      d('8.implementation=integration-hub', '4.initiator=external', '4.trigger=push'),
      d('8.implementation=integration-hub', '4.initiator=external', '15.eda=webhooks'),
    ],
    not: [
      d('8.implementation=hybrid', '4.initiator=external', '4.trigger=push'),
      d('8.implementation=integration-hub', '4.initiator=servicenow', '4.trigger=push'),
    ],
  },
  'coalesce-upsert': {
    raises: [d('9.inbound=import-set'), d('9.inbound=scripted-rest,import-set')],
    not: [d('9.inbound=table-api')],
  },
  'scripted-rest-with-import-sets': {
    raises: [d('9.inbound=scripted-rest')],
    not: [d('9.inbound=scripted-rest,import-set'), d('9.inbound=table-api')],
  },
  'table-api-for-bulk': {
    raises: [
      d('9.inbound=table-api', '12.challenges=high-volume'),
      d('9.inbound=table-api', '12.challenges=large-payloads'),
    ],
    not: [
      d('9.inbound=table-api,import-set', '12.challenges=high-volume'),
      d('9.inbound=table-api', '12.challenges=burst'),
    ],
  },
  'basic-auth-external': {
    raises: [d('10.auth=basic', '5.network=public')],
    not: [d('10.auth=basic', '5.network=firewall'), d('10.auth=api-key', '5.network=public')],
  },
  'basic-auth-confirm': {
    raises: [d('10.auth=basic', '5.network=both')],
    not: [d('10.auth=basic', '5.network=firewall')],
  },
  'mtls-considerations': { raises: [d('10.auth=mtls')], not: [d('10.auth=oauth')] },
  'idempotency-with-retries': {
    raises: [d('11.strategy=retry')],
    not: [d('11.strategy=retry,idempotency'), d('11.strategy=logging')],
  },
  'multiple-endpoints-point-to-point': {
    raises: [d('12.challenges=multiple-endpoints', '13.middleware=direct')],
    not: [d('12.challenges=multiple-endpoints', '13.middleware=esb'), d('12.challenges=burst', '13.middleware=direct')],
  },
  'esb-many-endpoints': {
    raises: [d('13.endpoints=many', '13.middleware=direct')],
    not: [d('13.endpoints=many', '13.middleware=esb'), d('13.endpoints=few', '13.middleware=direct')],
  },
  'middleware-with-few-endpoints': {
    raises: [d('13.endpoints=few', '13.middleware=esb')],
    not: [
      d('13.endpoints=few', '13.middleware=esb', '12.challenges=multiple-endpoints'),
      d('13.endpoints=many', '13.middleware=esb'),
    ],
  },
  'rest-for-regulated-ai': {
    raises: [d('14.ai=mcp', '14.workflow=regulated'), d('14.ai=a2a', '14.workflow=regulated')],
    not: [d('14.ai=rest', '14.workflow=regulated'), d('14.ai=mcp', '14.workflow=dynamic')],
  },
  'kafka-consider-stream-connect': {
    raises: [d('15.kafka=exists'), d('15.kafka=planned', '15.eda=webhooks')],
    not: [d('15.kafka=exists', '15.eda=stream-connect'), d('15.kafka=none')],
  },
  'eda-when-not': {
    raises: ['simple', 'transactional', 'low-volume'].map((c) => d('15.eda=stream-connect', `15.eda-not-when=${c}`)),
    not: [d('15.eda=webhooks', '15.eda-not-when=transactional'), d('15.eda=stream-connect', '15.eda-when=consumers')],
  },
  'iframe-caveats': {
    raises: [d('16.ui=iframe'), d('16.ui=iframe', '16.iframe-caveats=security,cross-origin,frame-options')],
    not: [
      d('16.ui=iframe', '16.iframe-caveats=security,cross-origin,frame-options,last-resort'),
      d('16.ui=mobile-sdk'),
    ],
  },
  'fallback-temporary': {
    raises: [d('17.fallback=rpa'), d('17.fallback=lens')],
    not: [d('17.fallback=reconciliation')],
  },
  'critical-without-fallback': {
    raises: [
      d('1.freshness=real-time', '1.failure-impact=critical', '17:na'),
      d('1.freshness=near-real-time', '1.failure-impact=critical', '17:na'),
      { ...d('1.freshness=real-time', '1.failure-impact=critical'), '17': { rationale: 'We accept the outage.' } },
    ],
    not: [
      d('1.freshness=real-time', '1.failure-impact=critical'),
      d('1.freshness=real-time', '1.failure-impact=critical', '17.fallback=reconciliation'),
      d('1.freshness=batch', '1.failure-impact=critical', '17:na'),
      d('1.freshness=real-time', '1.failure-impact=not-critical', '17:na'),
    ],
  },
  'email-rpa-despite-api': {
    raises: [d('6.protocol=rest', '17.fallback=rpa'), d('6.protocol=soap', '17.fallback=email')],
    not: [d('6.protocol=email-rpa', '17.fallback=rpa'), d('6.protocol=rest', '17.fallback=file,reconciliation')],
  },
  'email-not-critical': {
    raises: [d('1.failure-impact=critical', '17.fallback=email')],
    not: [d('1.failure-impact=not-critical', '17.fallback=email'), d('1.failure-impact=critical', '17.fallback=file')],
  },
};

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
  const design = flowReducer(EMPTY_FLOW, { type: 'create', item: designFromPreset('ex', '2026-12-01T09:00:00.000Z', preset) })
    .items[0];
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
