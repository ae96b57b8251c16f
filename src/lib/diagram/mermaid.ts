import type { Architecture, Zone } from './model';
import { mermaidText } from '../export-text';

const ZONE_TITLES: Record<Zone, string> = {
  external: 'External',
  network: 'Customer network',
  middleware: 'Middleware',
  kafka: 'Kafka',
  instance: 'ServiceNow instance',
};
const ZONE_ORDER: readonly Zone[] = ['external', 'kafka', 'middleware', 'network', 'instance'];
const ARROW = { main: '-->', optional: '-.->', error: '-->', fallback: '-->' } as const;
const COLOUR = { main: '#1d4ed8', optional: '#1d4ed8', error: '#b91c1c', fallback: '#4f5864' } as const;

const nodeId = (id: string) => `n_${id.replace(/[^a-zA-Z0-9]/g, '_')}`;

/** The architecture as a Mermaid flowchart (without the fence): zones as subgraphs, kinds as line styles. */
export function mermaidFlowchart(model: Architecture): string {
  const lines = ['flowchart LR'];
  for (const zone of ZONE_ORDER) {
    const inZone = model.components.filter((c) => c.zone === zone);
    if (!inZone.length) continue;
    const indent = zone === 'external' ? '  ' : '    ';
    if (zone !== 'external') lines.push(`  subgraph z_${zone}["${mermaidText(ZONE_TITLES[zone])}"]`);
    for (const c of inZone) {
      const label = [mermaidText(c.label), c.sub ? mermaidText(c.sub) : ''].filter(Boolean).join('<br/>');
      lines.push(`${indent}${nodeId(c.id)}["${label}"]`);
    }
    if (zone !== 'external') lines.push('  end');
  }
  const styles: string[] = [];
  model.connections.forEach((c, i) => {
    const label = c.label ? `|"${mermaidText(c.label.replace(/\n/g, ' · '))}"|` : '';
    lines.push(`  ${nodeId(c.from)} ${ARROW[c.kind]}${label} ${nodeId(c.to)}`);
    if (c.reply) styles.push(`  linkStyle ${i} stroke-width:1px`);
    else if (c.kind === 'error' || c.kind === 'fallback') styles.push(`  linkStyle ${i} stroke:${COLOUR[c.kind]}`);
  });
  const optional = model.components.filter((c) => c.optional).map((c) => nodeId(c.id));
  const errors = model.components.filter((c) => c.role === 'error' || c.role === 'alert').map((c) => nodeId(c.id));
  if (optional.length)
    lines.push('  classDef optional stroke-dasharray: 5 5', `  class ${optional.join(',')} optional`);
  if (errors.length) lines.push('  classDef error stroke:#b91c1c', `  class ${errors.join(',')} error`);
  lines.push(...styles);
  return lines.join('\n');
}
