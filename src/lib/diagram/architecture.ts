import { CONTRIBUTIONS } from './contributions';
import {
  EMPTY_DRAFT,
  entryOf,
  mainChain,
  type Architecture,
  type Connection,
  type DiagramInput,
  type Draft,
} from './model';

/** Joins the main path along the chain, with the entry label and the reply on the connection into the instance. */
export function finish(draft: Draft, title: string): Architecture {
  const chain = mainChain(draft);
  const entry = entryOf(draft);
  const out = draft.direction === 'outbound';
  const main: Connection[] = [];
  for (let i = 1; i < chain.length; i += 1) {
    const [a, b] = out ? [chain[i], chain[i - 1]] : [chain[i - 1], chain[i]];
    if (!a || !b) continue;
    const crossing = out ? a.id === entry?.id : b.id === entry?.id;
    const label =
      crossing && draft.entry.length
        ? draft.entry.join(' · ')
        : a.role === 'external' && b.role === 'topic'
          ? 'publish'
          : undefined;
    main.push({ id: `${a.id}>${b.id}`, from: a.id, to: b.id, kind: 'main', label });
    if (crossing && !out && draft.reply.length)
      main.push({
        id: `${b.id}>${a.id}:reply`,
        from: b.id,
        to: a.id,
        kind: 'main',
        label: draft.reply.join('\n'),
        reply: true,
      });
  }
  if (out) main.reverse(); // in the order the data goes
  // Two-way designs: the caller sends back out through what sits in front of the instance.
  const caller = draft.direction === 'both' ? draft.components.find((c) => c.role === 'caller') : undefined;
  const front = [...chain].reverse().find((c) => c.zone !== 'instance' && c.role !== 'topic');
  const table = draft.components.find((c) => c.role === 'table');
  if (caller && table)
    main.push({ id: `${table.id}>${caller.id}`, from: table.id, to: caller.id, kind: 'main', label: 'changes' });
  if (caller && front)
    main.push({
      id: `${caller.id}>${front.id}`,
      from: caller.id,
      to: front.id,
      kind: 'main',
      label: 'updates (correlation ID)',
    });
  return {
    title,
    direction: draft.direction,
    components: draft.components,
    connections: [...main, ...draft.connections],
  };
}

/** The architecture a design's answers imply, named by its own labels. */
export function architecture(input: DiagramInput, title: string): Architecture {
  return finish(
    CONTRIBUTIONS.reduce((draft, contribute) => contribute(draft, input), EMPTY_DRAFT),
    title,
  );
}

/** One sentence per connection, for the text list beside the picture and the SVG's description. */
export function describe(model: Architecture): string[] {
  const name = (id: string) => model.components.find((c) => c.id === id)?.label ?? id;
  const kinds = {
    main: 'main path',
    optional: 'optional path',
    error: 'error handling',
    fallback: 'fallback',
  } as const;
  return model.connections.map(
    (c) =>
      `${name(c.from)} → ${name(c.to)}${c.label ? `: ${c.label.replace(/\n/g, '; ')}` : ''} (${c.reply ? 'reply' : kinds[c.kind]})`,
  );
}
