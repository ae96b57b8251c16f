import { describe, expect, it } from 'vitest';
import { deriveNotes, holds, notesForStep } from './rules';
import { rules } from './fixtures';
import type { Answers } from './types';

const ids = (answers: Answers) => {
  const { recommendations, warnings } = deriveNotes(rules, answers);
  return { recommendations: recommendations.map((n) => n.id), warnings: warnings.map((n) => n.id) };
};
const pick = (step: number, field: string, ...options: string[]): Answers => ({ [String(step)]: { choices: { [field]: options } } });
const merge = (...parts: Answers[]): Answers => {
  const out: Answers = {};
  for (const part of parts)
    for (const [k, v] of Object.entries(part)) out[k] = { ...out[k], ...v, choices: { ...out[k]?.choices, ...v.choices } };
  return out;
};

describe('conditions', () => {
  it('has, hasAll, all, any, not', () => {
    const answers = merge(pick(5, 'network', 'firewall'), pick(11, 'strategy', 'retry', 'logging'));
    expect(holds({ step: 5, field: 'network', has: 'firewall' }, answers)).toBe(true);
    expect(holds({ step: 11, field: 'strategy', hasAll: ['retry', 'logging'] }, answers)).toBe(true);
    expect(holds({ step: 11, field: 'strategy', hasAll: ['retry', 'idempotency'] }, answers)).toBe(false);
    expect(holds({ all: [{ step: 5, field: 'network', has: 'firewall' }, { not: { step: 5, field: 'network', has: 'public' } }] }, answers)).toBe(true);
    expect(holds({ any: [] }, answers)).toBe(false);
    expect(holds({ all: [] }, answers)).toBe(true);
  });
  it('a step marked not applicable satisfies nothing', () => {
    expect(holds({ step: 5, field: 'network', has: 'firewall' }, { '5': { na: true, choices: { network: ['firewall'] } } })).toBe(false);
  });
});

describe('recommendations stated in the cheat sheet', () => {
  it('nothing answered: nothing derived', () => {
    expect(ids({})).toEqual({ recommendations: [], warnings: [] });
  });
  it('behind a firewall → MID Server required, close to the target, single-purpose', () => {
    expect(ids(pick(5, 'network', 'firewall')).recommendations).toEqual(['mid-server-required']);
    const note = deriveNotes(rules, pick(5, 'network', 'firewall')).recommendations[0];
    expect(note?.message).toMatch(/MID Server required/);
    expect(note?.message).toMatch(/same data center/);
    expect(note?.message).toMatch(/single use/);
  });
  it('unknown topology → confirm it', () => {
    expect(ids(pick(5, 'network', 'both')).recommendations).toEqual(['mid-server-confirm-topology']);
  });
  it('Basic auth on an external integration → OAuth 2.0 or mTLS; not for an internal one', () => {
    expect(ids(merge(pick(10, 'auth', 'basic'), pick(5, 'network', 'public'))).recommendations).toContain('basic-auth-external');
    expect(ids(merge(pick(10, 'auth', 'basic'), pick(5, 'network', 'firewall'))).recommendations).not.toContain('basic-auth-external');
  });
  it('mTLS → certificate management, HI ticket, MID Server outbound', () => {
    expect(ids(pick(10, 'auth', 'mtls')).recommendations).toEqual(['mtls-considerations']);
  });
  it('bidirectional → correlation IDs to prevent loops', () => {
    expect(ids(pick(4, 'initiator', 'bidirectional')).recommendations).toEqual(['correlation-ids']);
    expect(ids(pick(1, 'direction', 'both')).recommendations).toEqual(['correlation-ids']);
  });
  it('external initiates → inbound endpoints', () => {
    expect(ids(pick(4, 'initiator', 'external')).recommendations).toEqual(['inbound-endpoints']);
  });
  it('async → options and the Scheduler Workers warning', () => {
    expect(ids(pick(7, 'processing', 'async')).recommendations).toEqual(['async-scheduler-workers']);
  });
  it('scripted → consider the hybrid approach', () => {
    expect(ids(pick(8, 'implementation', 'scripted')).recommendations).toEqual(['scripted-hybrid']);
    expect(ids(pick(8, 'implementation', 'hybrid')).recommendations).toEqual([]);
  });
  it('Import Sets → coalesce for upsert', () => {
    expect(ids(pick(9, 'inbound', 'import-set')).recommendations).toEqual(['coalesce-upsert']);
  });
  it('retries without idempotency → design for idempotency', () => {
    expect(ids(pick(11, 'strategy', 'retry')).recommendations).toEqual(['idempotency-with-retries']);
    expect(ids(pick(11, 'strategy', 'retry', 'idempotency')).recommendations).toEqual([]);
  });
  it('20+ endpoints point-to-point → consider middleware', () => {
    expect(ids(merge(pick(13, 'endpoints', 'many'), pick(13, 'middleware', 'direct'))).recommendations).toEqual(['esb-many-endpoints']);
    expect(ids(merge(pick(13, 'endpoints', 'many'), pick(13, 'middleware', 'esb'))).recommendations).toEqual([]);
  });
  it('regulated workflow with MCP or A2A → prefer REST', () => {
    expect(ids(merge(pick(14, 'ai', 'mcp'), pick(14, 'workflow', 'regulated'))).recommendations).toEqual(['rest-for-regulated-ai']);
    expect(ids(merge(pick(14, 'ai', 'rest'), pick(14, 'workflow', 'regulated'))).recommendations).toEqual([]);
  });
  it('Kafka exists without Stream Connect → consider it', () => {
    expect(ids(pick(15, 'kafka', 'exists')).recommendations).toEqual(['kafka-consider-stream-connect']);
  });
  it('a fallback → treat it as a temporary bridge', () => {
    expect(ids(pick(17, 'fallback', 'rpa')).recommendations).toEqual(['fallback-temporary']);
    expect(ids(pick(17, 'fallback', 'reconciliation')).recommendations).toEqual([]);
  });
});

describe('contradictions', () => {
  it('real-time SLA with polling or file transfer', () => {
    expect(ids(merge(pick(1, 'freshness', 'real-time'), pick(4, 'trigger', 'polling'))).warnings).toEqual(['real-time-vs-polling']);
    expect(ids(merge(pick(1, 'freshness', 'real-time'), pick(6, 'protocol', 'file'))).warnings).toEqual(['real-time-vs-polling']);
    expect(ids(merge(pick(1, 'freshness', 'batch'), pick(4, 'trigger', 'polling'))).warnings).toEqual([]);
    expect(ids(merge(pick(1, 'freshness', 'real-time'), pick(4, 'trigger', 'push'))).warnings).toEqual([]);
  });
  it('Stream Connect while there is no Kafka', () => {
    expect(ids(merge(pick(15, 'kafka', 'none'), pick(15, 'eda', 'stream-connect'))).warnings).toEqual(['stream-connect-without-kafka']);
    expect(ids(merge(pick(15, 'kafka', 'none'), pick(6, 'protocol', 'kafka'))).warnings).toEqual(['stream-connect-without-kafka']);
    expect(ids(merge(pick(15, 'kafka', 'exists'), pick(15, 'eda', 'stream-connect'))).warnings).toEqual([]);
  });
  it('synchronous processing for high-volume bursts', () => {
    expect(ids(merge(pick(7, 'processing', 'sync'), pick(12, 'challenges', 'burst'))).warnings).toEqual(['sync-under-load']);
    expect(ids(merge(pick(7, 'processing', 'sync', ), { '7': { choices: { processing: ['sync'], 'async-criteria': ['high-volume'] } } })).warnings).toEqual(['sync-under-load']);
    expect(ids(merge(pick(7, 'processing', 'async'), pick(12, 'challenges', 'burst'))).warnings).toEqual([]);
  });
  it('iFrame without its security caveats acknowledged', () => {
    expect(ids(pick(16, 'ui', 'iframe')).warnings).toEqual(['iframe-caveats']);
    const acknowledged = { '16': { choices: { ui: ['iframe'], 'iframe-caveats': ['security', 'cross-origin', 'frame-options', 'last-resort'] } } };
    expect(ids(acknowledged).warnings).toEqual([]);
  });
  it('Zero Copy while the data is needed offline, for history or reporting', () => {
    expect(ids({ '3': { choices: { persistence: ['zero-copy'], 'copy-criteria': ['offline'] } } }).warnings).toEqual(['zero-copy-needs-copy']);
    expect(ids({ '3': { choices: { persistence: ['copy'], 'copy-criteria': ['offline'] } } }).warnings).toEqual([]);
  });
  it('each warning is shown at every step involved', () => {
    const { warnings } = deriveNotes(rules, merge(pick(1, 'freshness', 'real-time'), pick(4, 'trigger', 'polling')));
    for (const step of [1, 4, 6]) expect(notesForStep(warnings, step).map((n) => n.id)).toEqual(['real-time-vs-polling']);
    expect(notesForStep(warnings, 2)).toEqual([]);
  });
});
