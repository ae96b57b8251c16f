import type { Box } from './boxes';
import type { Layout } from './layout';
import { escapeXml as esc } from '../export-text';

// Colours of the light theme: diagrams.net draws on white by default.
const COLOURS = { fg: '#1c2128', box: '#f5f7fa', accent: '#1d4ed8', muted: '#4f5864', error: '#b91c1c' };

function boxStyle(b: Box): string {
  const c = b.component;
  const stroke =
    c.role === 'error' || c.role === 'alert' ? COLOURS.error : c.role === 'fallback' ? COLOURS.muted : COLOURS.fg;
  return [
    'rounded=1',
    'whiteSpace=wrap',
    'html=0',
    `fillColor=${COLOURS.box}`,
    `strokeColor=${stroke}`,
    `fontColor=${COLOURS.fg}`,
    `strokeWidth=${stroke === COLOURS.fg ? 1.5 : 2}`,
    c.optional ? 'dashed=1' : '',
    c.mono ? 'fontFamily=Courier New' : '',
    'fontSize=13',
  ]
    .filter(Boolean)
    .join(';');
}

const EDGE: Record<string, string> = {
  main: `strokeColor=${COLOURS.accent};strokeWidth=2`,
  optional: `strokeColor=${COLOURS.accent};strokeWidth=2;dashed=1`,
  error: `strokeColor=${COLOURS.error};strokeWidth=2`,
  fallback: `strokeColor=${COLOURS.muted};strokeWidth=2`,
  reply: `strokeColor=${COLOURS.fg};strokeWidth=1`,
};

const r = (v: number) => String(Math.round(v * 100) / 100);
const cellId = (id: string) => `c-${id.replace(/[^a-zA-Z0-9-]/g, '_')}`;

/** The layout as an uncompressed diagrams.net file: one vertex per component, one edge per connection, zones as groups. */
export function drawioXml(layout: Layout): string {
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const frameOf = new Map<string, { id: string; x: number; y: number }>();
  for (const f of layout.frames) {
    const id = `zone-${f.zone}`;
    cells.push(
      `<mxCell id="${id}" value="${esc(f.caption)}" style="rounded=1;arcSize=4;whiteSpace=wrap;html=0;fillColor=none;strokeColor=${COLOURS.muted};fontColor=${COLOURS.fg};fontStyle=1;verticalAlign=top;align=left;spacingLeft=10;container=1;collapsible=0" vertex="1" parent="1"><mxGeometry x="${r(f.x)}" y="${r(f.y)}" width="${r(f.w)}" height="${r(f.h)}" as="geometry"/></mxCell>`,
    );
    for (const b of layout.boxes)
      if (b.component.zone === f.zone && b.x >= f.x && b.y >= f.y && b.x + b.w <= f.x + f.w && b.y + b.h <= f.y + f.h)
        frameOf.set(b.component.id, { id, x: f.x, y: f.y });
  }
  for (const b of layout.boxes) {
    const parent = frameOf.get(b.component.id);
    const value = [b.component.label, b.component.sub].filter(Boolean).join('\n');
    cells.push(
      `<mxCell id="${cellId(b.component.id)}" value="${esc(value).replace(/\n/g, '&#xa;')}" style="${boxStyle(b)}" vertex="1" parent="${parent?.id ?? '1'}"><mxGeometry x="${r(b.x - (parent?.x ?? 0))}" y="${r(b.y - (parent?.y ?? 0))}" width="${r(b.w)}" height="${r(b.h)}" as="geometry"/></mxCell>`,
    );
  }
  const byId = new Map(layout.boxes.map((b) => [b.component.id, b]));
  for (const route of layout.routes) {
    const c = route.connection;
    const source = byId.get(c.from);
    const target = byId.get(c.to);
    const first = route.points[0];
    const last = route.points[route.points.length - 1];
    if (!source || !target || !first || !last) continue;
    // The same ports and bends as the SVG.
    const ports = `exitX=${r((first[0] - source.x) / source.w)};exitY=${r((first[1] - source.y) / source.h)};entryX=${r((last[0] - target.x) / target.w)};entryY=${r((last[1] - target.y) / target.h)}`;
    const style = `edgeStyle=orthogonalEdgeStyle;rounded=0;html=0;endArrow=block;endFill=1;${EDGE[c.reply ? 'reply' : c.kind]};${ports};fontColor=${COLOURS.fg};fontSize=12`;
    const bends = route.points.slice(1, -1).map(([x, y]) => `<mxPoint x="${r(x)}" y="${r(y)}"/>`);
    cells.push(
      `<mxCell id="e-${cellId(c.id)}" value="${esc(c.label ?? '').replace(/\n/g, '&#xa;')}" style="${style}" edge="1" parent="1" source="${cellId(c.from)}" target="${cellId(c.to)}"><mxGeometry relative="1" as="geometry">${bends.length ? `<Array as="points">${bends.join('')}</Array>` : ''}</mxGeometry></mxCell>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mxfile host="cta-integration-design"><diagram id="architecture" name="${esc(layout.model.title)}"><mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="${Math.ceil(layout.width)}" pageHeight="${Math.ceil(layout.height)}" math="0" shadow="0"><root>`,
    ...cells,
    '</root></mxGraphModel></diagram></mxfile>',
    '',
  ].join('\n');
}

/** The "Open in diagrams.net" address for a .drawio file's XML, compressed with the browser's own deflate. */
export async function drawioUrl(xml: string, compress: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<string> {
  const bytes = await compress(new TextEncoder().encode(encodeURIComponent(xml)));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const data = JSON.stringify({ type: 'xml', compressed: true, data: btoa(binary) });
  return `https://app.diagrams.net/#create=${encodeURIComponent(data)}`;
}
