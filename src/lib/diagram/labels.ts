import { object, optional, string, type Infer } from '../check';

/** Longest name kept per label. */
export const MAX_LABEL = 80;

const label = optional(string({ max: MAX_LABEL, expected: `a name of at most ${MAX_LABEL} characters` }));

/** A design's own names for its diagram: every key optional (designs saved before diagrams have none). */
export const DiagramLabels = object({
  system: label,
  table: label,
  coalesce: label,
  topic: label,
  schedule: label,
  alert: label,
  extract: label,
  onPremise: label,
});

/** A design's own names for its diagram. */
export type DiagramLabels = Infer<typeof DiagramLabels>;

/** One of the names a diagram takes from its design. */
export type LabelKey = keyof DiagramLabels;

/** The names a design gives its diagram, each with the default drawn when it is not set. */
export const LABEL_FIELDS: readonly { key: LabelKey; label: string; fallback: string }[] = [
  { key: 'system', label: 'External system', fallback: 'External system' },
  { key: 'table', label: 'Target table', fallback: 'Target table' },
  { key: 'coalesce', label: 'Coalesce field', fallback: 'unique key' },
  { key: 'topic', label: 'Kafka topic', fallback: '' },
  { key: 'schedule', label: 'Reconciliation schedule', fallback: '' },
  { key: 'alert', label: 'Alert threshold', fallback: 'error rate threshold' },
  { key: 'extract', label: 'Reconciliation source', fallback: 'full extract' },
  { key: 'onPremise', label: 'When the MID Server is needed', fallback: 'only if on-premise' },
];

/** The label `key` of a design, trimmed, else its default. */
export function labelOf(labels: DiagramLabels | undefined, key: LabelKey): string {
  const own = labels?.[key]?.trim();
  return own || (LABEL_FIELDS.find((f) => f.key === key)?.fallback ?? '');
}

/** `labels` with `key` set to `value` (cut to MAX_LABEL); a blank value removes the key. */
export function withLabel(labels: DiagramLabels | undefined, key: LabelKey, value: string): DiagramLabels {
  const next: DiagramLabels = { ...labels };
  if (value.trim()) next[key] = value.slice(0, MAX_LABEL);
  else delete next[key];
  return next;
}
