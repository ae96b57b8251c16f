import type { Answers } from '../flow/types';
import type { DiagramLabels } from './labels';

/** Where a component runs: the diagram's groups. */
export type Zone = 'external' | 'network' | 'middleware' | 'kafka' | 'instance';

/** What a component does in the design; the layout places components by role. */
export type Role =
  | 'external'
  | 'middleware'
  | 'mid'
  | 'topic'
  | 'stream'
  | 'endpoint'
  | 'staging'
  | 'transform'
  | 'caller'
  | 'table'
  | 'error'
  | 'alert'
  | 'fallback'
  | 'ui-external'
  | 'ui-instance';

/** The kinds of line the legend explains. */
export type ConnectionKind = 'main' | 'optional' | 'error' | 'fallback';

/** A box in the diagram. */
export interface Component {
  id: string;
  zone: Zone;
  role: Role;
  label: string;
  sub?: string | undefined;
  /** Drawn dashed: present only under a condition (its `sub` says which). */
  optional?: boolean | undefined;
  /** A table name: drawn in a monospace font. */
  mono?: boolean | undefined;
}

/** A line between two components, in the direction the data goes. */
export interface Connection {
  id: string;
  from: string;
  to: string;
  kind: ConnectionKind;
  label?: string | undefined;
  /** The reply to the connection it answers (drawn thin beside it). */
  reply?: boolean | undefined;
}

/** Which way the data goes between ServiceNow and the external system. */
export type Direction = 'inbound' | 'outbound' | 'both';

/** The architecture a design implies. */
export interface Architecture {
  title: string;
  direction: Direction | null;
  components: Component[];
  connections: Connection[];
}

/** The model while the questions add to it: the main path is joined at the end (see finish). */
export interface Draft {
  direction: Direction | null;
  components: Component[];
  /** Lines besides the main path. */
  connections: Connection[];
  /** Label parts of the main connection into (or out of) the instance: protocol, authentication. */
  entry: string[];
  /** The reply the entry connection gets (inbound only), e.g. "202 Accepted (async)". */
  reply: string[];
}

/** What the questions read: the answers and the design's own names. */
export interface DiagramInput {
  answers: Answers;
  labels?: DiagramLabels | undefined;
}

/** An empty draft. */
export const EMPTY_DRAFT: Draft = { direction: null, components: [], connections: [], entry: [], reply: [] };

/** The options chosen in a field of a step; none when the step is not applicable. */
export function chosen(answers: Answers, question: number, field: string): readonly string[] {
  const answer = answers[String(question)];
  return answer?.na ? [] : (answer?.choices?.[field] ?? []);
}

/** The draft with `component` added (a component already there by id is kept). */
export function add(draft: Draft, component: Component): Draft {
  if (draft.components.some((c) => c.id === component.id)) return draft;
  return { ...draft, components: [...draft.components, component] };
}

/** The draft with a connection added, when both ends exist and it is not there yet. */
export function connect(draft: Draft, connection: Omit<Connection, 'id'> & { id?: string }): Draft {
  const id = connection.id ?? `${connection.from}>${connection.to}`;
  const has = (cid: string) => draft.components.some((c) => c.id === cid);
  if (!has(connection.from) || !has(connection.to) || draft.connections.some((c) => c.id === id)) return draft;
  return { ...draft, connections: [...draft.connections, { ...connection, id }] };
}

/** The component with `id`, if the draft has it. */
export function find(draft: Pick<Draft, 'components'>, id: string): Component | undefined {
  return draft.components.find((c) => c.id === id);
}

/** The draft with the component `id` changed. */
export function update(draft: Draft, id: string, change: (c: Component) => Component): Draft {
  return { ...draft, components: draft.components.map((c) => (c.id === id ? change(c) : c)) };
}

// The order of the main path, from the external system into the instance (for outbound designs
// the data runs the other way along the same order).
const CHAIN: readonly Role[] = [
  'external',
  'middleware',
  'mid',
  'topic',
  'stream',
  'endpoint',
  'staging',
  'transform',
  'caller',
  'table',
];

/** The components on the main path, in order (optional ones and, in two-way designs, the caller are off it). */
export function mainChain(draft: Pick<Draft, 'components' | 'direction'>): Component[] {
  return draft.components
    .filter((c) => !c.optional && CHAIN.includes(c.role) && !(c.role === 'caller' && draft.direction === 'both'))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => CHAIN.indexOf(a.c.role) - CHAIN.indexOf(b.c.role) || a.i - b.i)
    .map(({ c }) => c);
}

/** The first component of the main path inside the instance: where data enters (or leaves) it. */
export function entryOf(draft: Pick<Draft, 'components' | 'direction'>): Component | undefined {
  return mainChain(draft).find((c) => c.zone === 'instance');
}
