/**
 * Each question's contribution to the architecture model, one small function per question,
 * keyed on the option ids of content/decisions/steps.yaml. An option a function does not know
 * draws nothing; a step not answered or not applicable draws nothing.
 */
import { labelOf } from './labels';
import { q11Errors, q16Ui, q17Fallback } from './beside';
import {
  add,
  chosen,
  connect,
  entryOf,
  find,
  update,
  type Component,
  type DiagramInput,
  type Direction,
  type Draft,
  type Role,
} from './model';

export { q11Errors, q16Ui, q17Fallback };

const has = (input: DiagramInput, question: number, field: string, option: string) =>
  chosen(input.answers, question, field).includes(option);
const inbound = (draft: Draft) => draft.direction === 'inbound' || draft.direction === 'both';
const outbound = (draft: Draft) => draft.direction === 'outbound' || draft.direction === 'both';

/** Q4 (else Q1's direction): the external system and which way the data goes. */
export function q4Initiator(draft: Draft, input: DiagramInput): Draft {
  const initiator: Record<string, Direction> = { servicenow: 'outbound', external: 'inbound', bidirectional: 'both' };
  const byQ4 = chosen(input.answers, 4, 'initiator')
    .map((o) => initiator[o])
    .find(Boolean);
  const byQ1 = chosen(input.answers, 1, 'direction')
    .map((o) => ({ inbound: 'inbound', outbound: 'outbound', both: 'both' })[o] as Direction | undefined)
    .find(Boolean);
  const direction = byQ4 ?? byQ1;
  if (!direction) return draft;
  return add(
    { ...draft, direction },
    { id: 'external', zone: 'external', role: 'external', label: labelOf(input.labels, 'system') },
  );
}

/** A component of the instance with its sub-label. */
const inInstance = (id: string, role: Role, label: string, sub: string): Component => ({
  id,
  zone: 'instance',
  role,
  label,
  sub,
});

const table = (input: DiagramInput) =>
  ({ id: 'table', zone: 'instance', role: 'table', label: labelOf(input.labels, 'table'), mono: true }) as const;

/**
 * Q9 (several may combine): the inbound chain into the target table: Import Set API → Transform Map,
 * the Table API, a Scripted REST API, or Scripted REST as the inbound endpoint in front of the Import Set API.
 */
export function q9Inbound(draft: Draft, input: DiagramInput): Draft {
  if (draft.direction === 'outbound') return draft;
  const options = chosen(input.answers, 9, 'inbound');
  let next = draft;
  if (options.includes('scripted-rest'))
    next = add(
      next,
      inInstance(
        'scripted-rest',
        'endpoint',
        'Scripted REST API',
        options.includes('import-set') ? 'inbound endpoint' : 'custom endpoint',
      ),
    );
  if (options.includes('table-api'))
    next = add(next, inInstance('table-api', 'endpoint', 'Table API', 'direct manipulation'));
  if (options.includes('import-set')) {
    next = add(next, inInstance('staging', 'staging', 'Import Set API', 'staging table'));
    next = add(
      next,
      inInstance('transform', 'transform', 'Transform Map', `coalesce: ${labelOf(input.labels, 'coalesce')}`),
    );
  }
  return next === draft ? draft : add(next, table(input));
}

/** Q8: a Scripted REST API as the inbound endpoint (Scripted or hybrid); the outbound caller (Integration Hub or a scripted message). */
export function q8Implementation(draft: Draft, input: DiagramInput): Draft {
  const choice = chosen(input.answers, 8, 'implementation')[0];
  let next = draft;
  if (inbound(draft) && (choice === 'scripted' || choice === 'hybrid') && !find(next, 'scripted-rest'))
    next = add(next, inInstance('scripted-rest', 'endpoint', 'Scripted REST API', 'inbound endpoint'));
  if (outbound(draft) && (choice === 'integration-hub' || choice === 'hybrid')) {
    const spoke = has(input, 2, 'native', 'spoke');
    next = add(next, inInstance('caller', 'caller', 'Integration Hub', spoke ? 'spoke actions' : 'flow and actions'));
  }
  if (outbound(draft) && choice === 'scripted')
    next = add(next, inInstance('caller', 'caller', 'Scripted REST/SOAP', 'outbound message'));
  if (next === draft) return draft;
  return find(next, 'table') ? next : add(next, table(input));
}

/** Q13: middleware between the systems. */
export function q13Middleware(draft: Draft, input: DiagramInput): Draft {
  if (!has(input, 13, 'middleware', 'esb')) return draft;
  return add(draft, { id: 'middleware', zone: 'middleware', role: 'middleware', label: 'ESB / middleware' });
}

/**
 * Q5: a MID Server in the customer network: on the main path when the target is behind a firewall or
 * security policy prohibits direct cloud-to-on-premise traffic, optional (dashed, with its condition)
 * when it depends; none when communication is already handled by Integration Hub spoke. The step's own
 * MID Server decision, when made, is what the diagram draws.
 */
export function q5MidServer(draft: Draft, input: DiagramInput): Draft {
  const decision = chosen(input.answers, 5, 'mid-server')[0];
  const spoke = has(input, 5, 'boundary', 'spoke');
  const required = has(input, 5, 'network', 'firewall') || has(input, 5, 'boundary', 'policy');
  if (decision === 'none' || (decision !== 'required' && spoke)) return draft;
  if (decision === 'required' || required)
    return add(draft, { id: 'mid', zone: 'network', role: 'mid', label: 'MID Server' });
  if (!has(input, 5, 'network', 'both')) return draft;
  const next = add(draft, {
    id: 'mid',
    zone: 'network',
    role: 'mid',
    label: 'MID Server',
    sub: labelOf(input.labels, 'onPremise'),
    optional: true,
  });
  const entry = entryOf(next);
  const [from, to] = outbound(next) && !inbound(next) ? [entry?.id, 'external'] : ['external', entry?.id];
  if (!from || !to) return next;
  return connect(connect(next, { from, to: 'mid', kind: 'optional' }), { from: 'mid', to, kind: 'optional' });
}

const PROTOCOL: Record<string, string> = {
  rest: 'REST',
  graphql: 'GraphQL',
  soap: 'SOAP',
  file: 'file via MID Server or SFTP',
  'email-rpa': 'email/RPA',
};
const SN_TO_SN: Record<string, string> = {
  idr: 'IDR',
  'service-bridge': 'Service Bridge',
  rps: 'RPS',
  'remote-instance-spoke': 'Remote Instance Spoke',
};

const kafkaParts = (input: DiagramInput, optional: boolean) => {
  const topic = labelOf(input.labels, 'topic');
  return [
    {
      id: 'topic',
      zone: 'kafka',
      role: 'topic',
      label: 'Kafka Topic',
      sub: topic ? `(${topic})` : undefined,
      optional,
    },
    { id: 'stream', zone: 'instance', role: 'stream', label: 'Stream Connect', optional },
  ] as const;
};

/** Q6: the protocol on the entry connection; Kafka puts a topic and Stream Connect on the main path. */
export function q6Protocol(draft: Draft, input: DiagramInput): Draft {
  const protocol = chosen(input.answers, 6, 'protocol')[0];
  const bridges = chosen(input.answers, 6, 'sn-to-sn')
    .map((o) => SN_TO_SN[o])
    .filter((l): l is string => Boolean(l));
  let next = bridges.length ? { ...draft, entry: [...draft.entry, bridges.join(', ')] } : draft;
  if (protocol === 'kafka') {
    for (const part of kafkaParts(input, false)) next = add(next, part);
    return next;
  }
  const label = protocol === 'rest' && inbound(draft) ? 'POST' : protocol ? PROTOCOL[protocol] : undefined;
  return label ? { ...next, entry: [label, ...next.entry] } : next;
}

/**
 * Q15: Stream Connect on the main path, or as the optional path beside webhooks: "if Kafka exists", or
 * "if Kafka exists or is planned" when the design says Kafka infrastructure is planned.
 */
export function q15Events(draft: Draft, input: DiagramInput): Draft {
  const eda = chosen(input.answers, 15, 'eda')[0];
  const kafka = chosen(input.answers, 15, 'kafka')[0];
  if (eda === 'stream-connect') {
    let next = draft;
    for (const part of kafkaParts(input, false))
      next = find(next, part.id) ? update(next, part.id, (c) => ({ ...c, optional: false })) : add(next, part);
    return next;
  }
  // Webhooks now, Stream Connect once Kafka is there: unless the design says there is none (or already has it).
  // Kafka planned with no approach chosen yet draws the same optional path.
  const beside = eda === 'webhooks' || (eda === undefined && kafka === 'planned');
  if (!beside || kafka === 'none' || kafka === 'exists' || find(draft, 'topic') || !draft.direction) return draft;
  let next = draft;
  for (const part of kafkaParts(input, true)) next = add(next, part);
  const when = kafka === 'planned' ? 'if Kafka exists or is planned' : 'if Kafka exists';
  const into = find(next, 'staging') ?? find(next, 'table');
  if (outbound(next) && !inbound(next)) {
    next = connect(next, { from: into?.id ?? '', to: 'stream', kind: 'optional', label: 'produce' });
    next = connect(next, { from: 'stream', to: 'topic', kind: 'optional', label: when });
    return connect(next, { from: 'topic', to: 'external', kind: 'optional', label: 'consume' });
  }
  next = connect(next, { from: 'external', to: 'topic', kind: 'optional', label: 'publish' });
  next = connect(next, { from: 'topic', to: 'stream', kind: 'optional', label: when });
  return into ? connect(next, { from: 'stream', to: into.id, kind: 'optional' }) : next;
}

/** Q7: the reply an inbound call gets ("202 Accepted" when asynchronous); sync or async on an outbound call. */
export function q7Processing(draft: Draft, input: DiagramInput): Draft {
  const processing = chosen(input.answers, 7, 'processing')[0];
  if (processing !== 'sync' && processing !== 'async') return draft;
  const kafkaMain = find(draft, 'topic')?.optional === false;
  if (inbound(draft) && kafkaMain) return draft;
  if (inbound(draft)) return { ...draft, reply: [processing === 'async' ? '202 Accepted (async)' : 'response (sync)'] };
  if (outbound(draft)) return { ...draft, entry: [...draft.entry, processing] };
  return draft;
}

const AUTH: Record<string, string> = { mtls: 'mTLS', oauth: 'OAuth 2.0', 'api-key': 'API key', basic: 'Basic Auth' };

/** Q10: the authentication on the entry connection. */
export function q10Authentication(draft: Draft, input: DiagramInput): Draft {
  const auth = AUTH[chosen(input.answers, 10, 'auth')[0] ?? ''];
  return auth ? { ...draft, entry: [...draft.entry, auth] } : draft;
}

/** The contributions in the order they build on each other (the chain before what hangs off it). */
export const CONTRIBUTIONS = [
  q4Initiator,
  q9Inbound,
  q8Implementation,
  q13Middleware,
  q6Protocol,
  q15Events,
  q5MidServer,
  q7Processing,
  q10Authentication,
  q11Errors,
  q16Ui,
  q17Fallback,
] as const;
