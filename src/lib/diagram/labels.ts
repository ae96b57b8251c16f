import { object, text } from '../check';

/** The names a design gives its diagram, each with the default drawn when it is not set. */
export const LABEL_FIELDS = [
  { key: 'system', label: 'External system', fallback: 'External system' },
  { key: 'table', label: 'Target table', fallback: 'Target table' },
  { key: 'coalesce', label: 'Coalesce field', fallback: 'unique key' },
  { key: 'topic', label: 'Kafka topic', fallback: '' },
  { key: 'schedule', label: 'Reconciliation schedule', fallback: '' },
  { key: 'alert', label: 'Alert threshold', fallback: 'error rate threshold' },
  { key: 'extract', label: 'Reconciliation source', fallback: 'full extract' },
  { key: 'onPremise', label: 'When the MID Server is needed', fallback: 'only if on-premise' },
] as const;

/** One of the names a diagram takes from its design. */
export type LabelKey = (typeof LABEL_FIELDS)[number]['key'];

/** A design's own names for its diagram: every key optional (designs saved before diagrams have none). */
export type DiagramLabels = Partial<Record<LabelKey, string>>;

/** Longest name kept per label. */
export const MAX_LABEL = 80;

/** The label `key` of a design, trimmed, else its default. */
export function labelOf(labels: DiagramLabels | undefined, key: LabelKey): string {
  const own = labels?.[key]?.trim();
  return own || (LABEL_FIELDS.find((f) => f.key === key)?.fallback ?? '');
}

/** Checks a design's labels (check.ts combinators), dropping unknown keys; fails at `path`. */
export function checkLabels(value: unknown, path: string): DiagramLabels {
  const data = object(value, path);
  const labels: DiagramLabels = {};
  for (const { key } of LABEL_FIELDS) {
    if (data[key] === undefined) continue;
    labels[key] = text(data[key], `${path}.${key}`, MAX_LABEL);
  }
  return labels;
}

/** `labels` with `key` set to `value` (cut to MAX_LABEL); a blank value removes the key. */
export function withLabel(labels: DiagramLabels | undefined, key: LabelKey, value: string): DiagramLabels {
  const next: DiagramLabels = { ...labels };
  if (value.trim()) next[key] = value.slice(0, MAX_LABEL);
  else delete next[key];
  return next;
}
