import type { Layout } from './layout';
import { svgMarkup } from './svg';

// A file has no page around it: light by default, dark in a dark viewer, on its own background.
const STYLE = `
.architecture-svg{--fg:#1c2128;--bg:#ffffff;--box:#f5f7fa;--accent:#1d4ed8;--muted:#4f5864;--error:#b91c1c;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
@media (prefers-color-scheme:dark){.architecture-svg{--fg:#e6e8eb;--bg:#111318;--box:#181b22;--accent:#8fb3ff;--muted:#a5adb8;--error:#ff8f8f}}
.architecture-svg .bg{fill:var(--bg)}
.architecture-svg text{fill:var(--fg);font-size:13px}
.architecture-svg .caption{font-size:14px;font-weight:700}
.architecture-svg .frame{fill:none;stroke:var(--muted);stroke-width:1.5}
.architecture-svg .bx rect{fill:var(--box);stroke:var(--fg);stroke-width:1.5}
.architecture-svg .bx.optional rect{stroke-dasharray:6 4}
.architecture-svg .bx.error rect{stroke:var(--error);stroke-width:2}
.architecture-svg .bx.fallback rect{stroke:var(--muted);stroke-width:2}
.architecture-svg .t{font-size:14px;font-weight:600}
.architecture-svg .t .sub{font-size:12.5px;font-weight:400}
.architecture-svg .mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.architecture-svg .lbl{font-size:12.5px;paint-order:stroke;stroke:var(--bg);stroke-width:4px;stroke-linejoin:round}
.architecture-svg .ln{fill:none;stroke-width:2;stroke-linejoin:round}
.architecture-svg .ln.main,.architecture-svg .ln.optional{stroke:var(--accent)}
.architecture-svg .ln.optional{stroke-dasharray:7 5}
.architecture-svg .ln.error{stroke:var(--error)}
.architecture-svg .ln.fallback{stroke:var(--muted)}
.architecture-svg .ln.reply{stroke:var(--fg);stroke-width:1.25}
.architecture-svg .head{stroke:none}
.architecture-svg .head.main,.architecture-svg .head.optional{fill:var(--accent)}
.architecture-svg .head.error{fill:var(--error)}
.architecture-svg .head.fallback{fill:var(--muted)}
.architecture-svg .head.reply{fill:var(--fg)}
`;

/** A standalone SVG file: XML declaration, its own styles (light and dark) and background. */
export function svgFile(layout: Layout): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgMarkup(layout, { idPrefix: 'architecture', style: STYLE })}\n`;
}
