/**
 * What hangs off the main path: error handling (question 11), the UI integration (question 16) and
 * the fallbacks (question 17), in the style of contributions.ts.
 */
import { labelOf } from './labels';
import { add, chosen, connect, find, update, type DiagramInput, type Draft } from './model';

const has = (input: DiagramInput, question: number, field: string, option: string) =>
  chosen(input.answers, question, field).includes(option);

/** Q11: an error table and alerting (logging and monitoring); retries on the caller or in the reply. */
export function q11Errors(draft: Draft, input: DiagramInput): Draft {
  let next = draft;
  const retry = has(input, 11, 'strategy', 'retry');
  const breaker = has(input, 11, 'strategy', 'circuit-breaker');
  const caller = find(next, 'caller');
  if (caller && (retry || breaker)) {
    const what = [retry && 'retries', breaker && 'circuit breaker'].filter(Boolean).join(', ');
    next = update(next, 'caller', (c) => ({ ...c, sub: c.sub ? `${c.sub}; ${what}` : what }));
  }
  if (retry && next.reply.length) next = { ...next, reply: [...next.reply, 'Retry-After on 429/503'] };
  if (!has(input, 11, 'strategy', 'logging')) return next;
  const source = ['transform', 'staging', 'scripted-rest', 'table-api', 'caller', 'stream']
    .map((id) => find(next, id))
    .find(Boolean);
  next = add(next, {
    id: 'error',
    zone: 'instance',
    role: 'error',
    label: 'Error table',
    sub: 'failed records, full payload',
  });
  next = add(next, {
    id: 'alert',
    zone: 'instance',
    role: 'alert',
    label: 'Alerting / incident creation',
    sub: labelOf(input.labels, 'alert'),
  });
  if (source) next = connect(next, { from: source.id, to: 'error', kind: 'error', label: 'failed rows' });
  return connect(next, { from: 'error', to: 'alert', kind: 'error', label: 'event rule' });
}

const UI: Record<string, { outside: string; sub: string; inside: string; label: string }> = {
  'engagement-messenger': {
    outside: 'External website',
    sub: 'Engagement Messenger',
    inside: 'Virtual Agent',
    label: 'embedded widget',
  },
  'mobile-sdk': {
    outside: 'Mobile app',
    sub: 'Mobile SDK',
    inside: 'ServiceNow data and functionality',
    label: 'native app',
  },
  iframe: { outside: 'External content', sub: 'iFrame (last resort)', inside: 'ServiceNow page', label: 'embedded' },
};

/** Q16: the UI integration, beside the data path. */
export function q16Ui(draft: Draft, input: DiagramInput): Draft {
  const ui = UI[chosen(input.answers, 16, 'ui')[0] ?? ''];
  if (!ui) return draft;
  let next = add(draft, { id: 'ui-external', zone: 'external', role: 'ui-external', label: ui.outside, sub: ui.sub });
  next = add(next, { id: 'ui-instance', zone: 'instance', role: 'ui-instance', label: ui.inside });
  return connect(next, { from: 'ui-external', to: 'ui-instance', kind: 'main', label: ui.label });
}

const FALLBACK: Record<
  string,
  { label: string; sub?: string; zone: 'instance' | 'external'; from?: string; into: string }
> = {
  reconciliation: {
    label: 'Scheduled reconciliation job',
    zone: 'instance',
    into: 'same Import Set table, same Transform Map',
  },
  file: {
    label: 'Scheduled import',
    sub: 'Data Source (file)',
    zone: 'instance',
    from: 'file via SFTP or MID Server',
    into: 'file rows',
  },
  email: { label: 'Inbound email', sub: 'temporary bridge', zone: 'instance', from: 'email', into: 'parsed email' },
  rpa: { label: 'RPA bot', sub: 'UI automation', zone: 'instance', from: 'screen captures', into: 'records' },
  lens: { label: 'ServiceNow Lens', sub: 'user-initiated', zone: 'external', into: 'auto-filled form fields' },
};

/** Q17: each fallback beside the real-time path, e.g. a scheduled reconciliation job through the same transform. */
export function q17Fallback(draft: Draft, input: DiagramInput): Draft {
  let next = draft;
  for (const option of chosen(input.answers, 17, 'fallback')) {
    const fallback = FALLBACK[option];
    if (!fallback) continue;
    const id = `fallback-${option}`;
    const sub = option === 'reconciliation' ? labelOf(input.labels, 'schedule') || undefined : fallback.sub;
    next = add(next, { id, zone: fallback.zone, role: 'fallback', label: fallback.label, sub });
    const from = option === 'reconciliation' ? labelOf(input.labels, 'extract') : fallback.from;
    if (from && option !== 'lens') next = connect(next, { from: 'external', to: id, kind: 'fallback', label: from });
    const into = find(next, 'staging') ?? find(next, 'table');
    const label =
      into?.id === 'staging' ? fallback.into : option === 'reconciliation' ? 'same target table' : fallback.into;
    if (into) next = connect(next, { from: id, to: into.id, kind: 'fallback', label });
  }
  return next;
}
