import { describe, expect, it } from 'vitest';
import { architecture } from './architecture';
import {
  q10Authentication,
  q11Errors,
  q13Middleware,
  q15Events,
  q16Ui,
  q17Fallback,
  q4Initiator,
  q5MidServer,
  q6Protocol,
  q7Processing,
  q8Implementation,
  q9Inbound,
} from './contributions';
import { answersOf } from './fixtures';
import { EMPTY_DRAFT, mainChain, type DiagramInput, type Draft } from './model';

const input = (choices: Record<number, Record<string, string[]>>, labels?: DiagramInput['labels']): DiagramInput => ({
  answers: answersOf(choices),
  labels,
});
const ids = (draft: Pick<Draft, 'components'>) => draft.components.map((c) => c.id);
const inbound = q4Initiator(EMPTY_DRAFT, input({ 4: { initiator: ['external'] } }));
const outbound = q4Initiator(EMPTY_DRAFT, input({ 4: { initiator: ['servicenow'] } }));
const chain = q9Inbound(inbound, input({ 9: { inbound: ['import-set'] } }));

describe("each question's contribution", () => {
  it('Q4: the external system (named by the design) and the direction; Q1 when Q4 is open; nothing unanswered', () => {
    expect(q4Initiator(EMPTY_DRAFT, input({ 4: { initiator: ['external'] } }, { system: 'HR System' }))).toMatchObject({
      direction: 'inbound',
      components: [{ id: 'external', label: 'HR System' }],
    });
    expect(q4Initiator(EMPTY_DRAFT, input({ 4: { initiator: ['bidirectional'] } })).direction).toBe('both');
    expect(q4Initiator(EMPTY_DRAFT, input({ 1: { direction: ['outbound'] } })).direction).toBe('outbound');
    expect(q4Initiator(EMPTY_DRAFT, input({}))).toBe(EMPTY_DRAFT);
    expect(q4Initiator(EMPTY_DRAFT, { answers: { 4: { na: true, choices: { initiator: ['external'] } } } })).toBe(
      EMPTY_DRAFT,
    );
  });
  it('Q9: Import Set API → Transform Map (coalesce field) → target table; the Table API; a Scripted REST API; unknown options draw nothing', () => {
    const drawn = q9Inbound(
      inbound,
      input({ 9: { inbound: ['import-set'] } }, { coalesce: 'Employee ID', table: 'sys_user' }),
    );
    expect(ids(drawn)).toEqual(['external', 'staging', 'transform', 'table']);
    expect(drawn.components.find((c) => c.id === 'transform')?.sub).toBe('coalesce: Employee ID');
    expect(drawn.components.find((c) => c.id === 'table')).toMatchObject({ label: 'sys_user', mono: true });
    expect(ids(q9Inbound(inbound, input({ 9: { inbound: ['table-api'] } })))).toEqual([
      'external',
      'table-api',
      'table',
    ]);
    // Scripted REST combined with Import Sets (question 9 is a multiple choice): the inbound endpoint in front.
    const combined = q9Inbound(inbound, input({ 9: { inbound: ['scripted-rest', 'import-set'] } }));
    expect(mainChain(combined).map((c) => c.id)).toEqual([
      'external',
      'scripted-rest',
      'staging',
      'transform',
      'table',
    ]);
    expect(combined.components.find((c) => c.id === 'scripted-rest')?.sub).toBe('inbound endpoint');
    expect(
      architecture(
        { answers: answersOf({ 4: { initiator: ['external'] }, 9: { inbound: ['import-set', 'scripted-rest'] } }) },
        't',
      )
        .connections.filter((c) => c.kind === 'main')
        .map((c) => `${c.from}>${c.to}`),
    ).toEqual(['external>scripted-rest', 'scripted-rest>staging', 'staging>transform', 'transform>table']);
    expect(q9Inbound(inbound, input({ 9: { inbound: ['scripted-rest'] } })).components[1]?.sub).toBe('custom endpoint');
    expect(q9Inbound(inbound, input({ 9: { inbound: ['carrier-pigeon'] } }))).toBe(inbound);
    expect(q9Inbound(outbound, input({ 9: { inbound: ['import-set'] } }))).toBe(outbound);
  });
  it('Q8: a Scripted REST API in front (scripted or hybrid, inbound); the outbound caller (Integration Hub, its spoke, or a scripted message)', () => {
    expect(ids(q8Implementation(chain, input({ 8: { implementation: ['hybrid'] } })))).toContain('scripted-rest');
    expect(q8Implementation(chain, input({ 8: { implementation: ['integration-hub'] } }))).toBe(chain);
    expect(
      q8Implementation(outbound, input({ 8: { implementation: ['integration-hub'] }, 2: { native: ['spoke'] } }))
        .components,
    ).toContainEqual(expect.objectContaining({ id: 'caller', label: 'Integration Hub', sub: 'spoke actions' }));
    expect(q8Implementation(outbound, input({ 8: { implementation: ['scripted'] } })).components).toContainEqual(
      expect.objectContaining({ id: 'caller', label: 'Scripted REST/SOAP' }),
    );
  });
  it('Q13: middleware on the main path', () => {
    const drawn = q13Middleware(chain, input({ 13: { middleware: ['esb'] } }));
    expect(mainChain(drawn).map((c) => c.id)).toEqual(['external', 'middleware', 'staging', 'transform', 'table']);
    expect(q13Middleware(chain, input({ 13: { middleware: ['direct'] } }))).toBe(chain);
  });
  it('Q5: behind a firewall puts a MID Server on the main path; "it depends" draws it optional with its condition', () => {
    expect(mainChain(q5MidServer(chain, input({ 5: { network: ['firewall'] } }))).map((c) => c.id)).toEqual([
      'external',
      'mid',
      'staging',
      'transform',
      'table',
    ]);
    const depends = q5MidServer(chain, input({ 5: { network: ['both'] } }, { onPremise: 'only if HR is on-premise' }));
    expect(depends.components.find((c) => c.id === 'mid')).toMatchObject({
      optional: true,
      sub: 'only if HR is on-premise',
    });
    expect(mainChain(depends).map((c) => c.id)).not.toContain('mid');
    expect(depends.connections.map((c) => [c.from, c.to, c.kind])).toEqual([
      ['external', 'mid', 'optional'],
      ['mid', 'staging', 'optional'],
    ]);
    expect(q5MidServer(chain, input({ 5: { network: ['public'] } }))).toBe(chain);
  });
  it('Q5: a security policy against direct cloud-to-on-premise traffic counts like a firewall; a spoke needs none; the decision made wins', () => {
    const main = (choices: Record<string, string[]>) =>
      mainChain(q5MidServer(chain, input({ 5: choices }))).map((c) => c.id);
    expect(main({ network: ['public'], boundary: ['policy'] })).toContain('mid');
    expect(main({ boundary: ['policy'] })).toContain('mid');
    expect(q5MidServer(chain, input({ 5: { network: ['firewall'], boundary: ['spoke'] } }))).toBe(chain);
    expect(q5MidServer(chain, input({ 5: { network: ['both'], boundary: ['spoke'] } }))).toBe(chain);
    expect(q5MidServer(chain, input({ 5: { network: ['firewall'], 'mid-server': ['none'] } }))).toBe(chain);
    expect(main({ network: ['public'], 'mid-server': ['required'] })).toContain('mid');
    expect(main({ network: ['both'], 'mid-server': ['required'] })).toContain('mid');
  });
  it('Q6: the protocol on the entry connection; Kafka puts a topic and Stream Connect on the main path', () => {
    expect(q6Protocol(chain, input({ 6: { protocol: ['rest'] } })).entry).toEqual(['POST']);
    expect(q6Protocol(outbound, input({ 6: { protocol: ['soap'] } })).entry).toEqual(['SOAP']);
    expect(q6Protocol(chain, input({ 6: { protocol: ['file'] } })).entry).toEqual(['file via MID Server or SFTP']);
    expect(mainChain(q6Protocol(chain, input({ 6: { protocol: ['kafka'] } }))).map((c) => c.id)).toEqual([
      'external',
      'topic',
      'stream',
      'staging',
      'transform',
      'table',
    ]);
    expect(q6Protocol(chain, input({ 6: { protocol: ['telepathy'] } }))).toBe(chain);
  });
  it('Q15: Stream Connect on the main path; beside webhooks, the optional path "if Kafka exists" (or "… or is planned"); not when there is no Kafka', () => {
    expect(mainChain(q15Events(chain, input({ 15: { eda: ['stream-connect'] } }))).map((c) => c.id)).toContain(
      'stream',
    );
    const optional = q15Events(chain, input({ 15: { eda: ['webhooks'] } }, { topic: 'employee.events' }));
    expect(optional.components.find((c) => c.id === 'topic')).toMatchObject({
      optional: true,
      sub: '(employee.events)',
    });
    expect(optional.connections.map((c) => [c.from, c.to, c.label])).toEqual([
      ['external', 'topic', 'publish'],
      ['topic', 'stream', 'if Kafka exists'],
      ['stream', 'staging', undefined],
    ]);
    expect(q15Events(chain, input({ 15: { eda: ['webhooks'], kafka: ['planned'] } })).connections[1]?.label).toBe(
      'if Kafka exists or is planned',
    );
    const planned = q15Events(chain, input({ 15: { kafka: ['planned'] } }));
    expect(planned.components.find((c) => c.id === 'stream')?.optional).toBe(true);
    expect(planned.connections[1]?.label).toBe('if Kafka exists or is planned');
    expect(q15Events(chain, input({ 15: { eda: ['webhooks'], kafka: ['exists'] } }))).toBe(chain);
    expect(q15Events(chain, input({ 15: { eda: ['webhooks'], kafka: ['none'] } }))).toBe(chain);
    expect(q15Events(chain, input({ 15: { eda: ['request-response'] } }))).toBe(chain);
  });
  it('Q7: an inbound call gets its reply ("202 Accepted" when asynchronous); an outbound call says sync or async', () => {
    expect(q7Processing(chain, input({ 7: { processing: ['async'] } })).reply).toEqual(['202 Accepted (async)']);
    expect(q7Processing(chain, input({ 7: { processing: ['sync'] } })).reply).toEqual(['response (sync)']);
    expect(q7Processing(outbound, input({ 7: { processing: ['async'] } })).entry).toEqual(['async']);
    expect(q7Processing(chain, input({}))).toBe(chain);
  });
  it('Q10: the authentication on the entry connection', () => {
    expect(q10Authentication(chain, input({ 10: { auth: ['oauth'] } })).entry).toEqual(['OAuth 2.0']);
    expect(q10Authentication(chain, input({ 10: { auth: ['mtls'] } })).entry).toEqual(['mTLS']);
    expect(q10Authentication(chain, input({ 10: { auth: ['smoke-signals'] } }))).toBe(chain);
  });
  it('Q11: logging and monitoring draw an error table and alerting off the transform; retries go on the caller or the reply', () => {
    const drawn = q11Errors(chain, input({ 11: { strategy: ['logging'] } }, { alert: '>5 failures in 10 minutes' }));
    expect(drawn.connections.map((c) => [c.from, c.to, c.kind, c.label])).toEqual([
      ['transform', 'error', 'error', 'failed rows'],
      ['error', 'alert', 'error', 'event rule'],
    ]);
    expect(drawn.components.find((c) => c.id === 'alert')?.sub).toBe('>5 failures in 10 minutes');
    const caller = q8Implementation(outbound, input({ 8: { implementation: ['integration-hub'] } }));
    expect(
      q11Errors(caller, input({ 11: { strategy: ['retry', 'circuit-breaker'] } })).components.find(
        (c) => c.id === 'caller',
      )?.sub,
    ).toBe('flow and actions; retries, circuit breaker');
    expect(
      q11Errors({ ...chain, reply: ['202 Accepted (async)'] }, input({ 11: { strategy: ['retry'] } })).reply,
    ).toEqual(['202 Accepted (async)', 'Retry-After on 429/503']);
    expect(q11Errors(chain, input({ 11: { strategy: ['idempotency'] } }))).toBe(chain);
  });
  it('Q16: the UI integration beside the data path', () => {
    const drawn = q16Ui(chain, input({ 16: { ui: ['engagement-messenger'] } }));
    expect(drawn.connections).toContainEqual(
      expect.objectContaining({ from: 'ui-external', to: 'ui-instance', kind: 'main' }),
    );
    expect(q16Ui(chain, input({ 16: { ui: ['hologram'] } }))).toBe(chain);
  });
  it('Q17: a scheduled reconciliation job through the same Import Set table; other fallbacks beside it', () => {
    const drawn = q17Fallback(
      chain,
      input({ 17: { fallback: ['reconciliation', 'file'] } }, { schedule: 'every 4 hours', extract: 'full extract' }),
    );
    expect(drawn.components.find((c) => c.id === 'fallback-reconciliation')).toMatchObject({
      label: 'Scheduled reconciliation job',
      sub: 'every 4 hours',
    });
    expect(drawn.connections.map((c) => [c.from, c.to, c.kind, c.label])).toEqual([
      ['external', 'fallback-reconciliation', 'fallback', 'full extract'],
      ['fallback-reconciliation', 'staging', 'fallback', 'same Import Set table, same Transform Map'],
      ['external', 'fallback-file', 'fallback', 'file via SFTP or MID Server'],
      ['fallback-file', 'staging', 'fallback', 'file rows'],
    ]);
    expect(q17Fallback(chain, input({ 17: { fallback: ['fax'] } }))).toBe(chain);
  });
  it('no answers, or only steps marked not applicable, draw nothing', () => {
    expect(architecture({ answers: {} }, 'x').components).toEqual([]);
    const na = Object.fromEntries(
      Array.from({ length: 17 }, (_, i) => [
        String(i + 1),
        { na: true, choices: { initiator: ['external'], inbound: ['import-set'] } },
      ]),
    );
    expect(architecture({ answers: na }, 'x').components).toEqual([]);
  });
});
