import { describe } from './architecture';
import type { Layout } from './layout';
import { escapeXml as esc } from '../export-text';

/** How the SVG is written: ids unique on the page; a standalone file brings its own style sheet and background. */
export interface SvgOptions {
  idPrefix: string;
  style?: string;
}

const KINDS = ['main', 'optional', 'error', 'fallback', 'reply'] as const;

const n = (v: number) => String(Math.round(v * 10) / 10);

/** The layout as SVG markup; every text from the design is escaped. */
export function svgMarkup(layout: Layout, options: SvgOptions): string {
  const p = options.idPrefix.replace(/[^a-zA-Z0-9-]/g, '');
  const { width, height } = layout;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="architecture-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${p}-title" aria-describedby="${p}-desc">`,
    `<title id="${p}-title">${esc(layout.model.title)}</title>`,
    `<desc id="${p}-desc">${esc(describe(layout.model).join(' ') || 'No components yet.')}</desc>`,
  );
  if (options.style)
    out.push(`<style>${options.style}</style>`, `<rect class="bg" x="0" y="0" width="${width}" height="${height}"/>`);
  out.push('<defs>');
  for (const kind of KINDS)
    out.push(
      `<marker id="${p}-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5.5" markerHeight="5.5" orient="auto-start-reverse"><path class="head ${kind}" d="M0 0 10 5 0 10z"/></marker>`,
    );
  out.push('</defs>');
  for (const f of layout.frames)
    out.push(
      `<rect class="frame" x="${n(f.x)}" y="${n(f.y)}" width="${n(f.w)}" height="${n(f.h)}" rx="14"/><text class="caption" x="${n(f.x + 14)}" y="${n(f.y + 23)}">${esc(f.caption)}</text>`,
    );
  for (const r of layout.routes) {
    const kind = r.connection.reply ? 'reply' : r.connection.kind;
    const d = r.points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('');
    out.push(`<path class="ln ${kind}" d="${d}" marker-end="url(#${p}-arrow-${kind})"/>`);
  }
  for (const r of layout.routes) {
    if (!r.label) continue;
    const { x, y, anchor, lines } = r.label;
    const italic = r.connection.kind === 'optional' ? ' font-style="italic"' : '';
    // One line is the text itself; each further line a tspan below the one before.
    const [first = '', ...more] = lines;
    const text = esc(first) + more.map((l) => `<tspan x="${n(x)}" dy="15">${esc(l)}</tspan>`).join('');
    out.push(`<text class="lbl" x="${n(x)}" y="${n(y)}" text-anchor="${anchor}"${italic}>${text}</text>`);
  }
  for (const b of layout.boxes) {
    const c = b.component;
    const classes = [
      'bx',
      c.role,
      c.optional ? 'optional' : '',
      c.role === 'error' || c.role === 'alert' ? 'error' : '',
      c.role === 'fallback' ? 'fallback' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const lines = b.lines.length + b.subLines.length;
    const textH = b.lines.length * 18 + b.subLines.length * 17;
    const top = b.y + (b.h - textH) / 2 + 13;
    const x = b.x + b.w / 2;
    const spans = [
      ...b.lines.map(
        (l, i) => `<tspan x="${n(x)}" y="${n(top + i * 18)}"${c.mono ? ' class="mono"' : ''}>${esc(l)}</tspan>`,
      ),
      ...b.subLines.map(
        (l, i) => `<tspan class="sub" x="${n(x)}" y="${n(top + b.lines.length * 18 + i * 17)}">${esc(l)}</tspan>`,
      ),
    ];
    out.push(
      `<g class="${classes}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="8"/>${lines ? `<text class="t" text-anchor="middle">${spans.join('')}</text>` : ''}</g>`,
    );
  }
  for (const item of layout.legend)
    out.push(
      `<g class="legend"><path class="ln ${item.kind}" d="M${n(item.x)} ${n(item.y)}h32"/><text x="${n(item.x + 40)}" y="${n(item.y + 4)}">${esc(item.label)}</text></g>`,
    );
  out.push('</svg>');
  return out.join('\n');
}
