/** Everything the design record draws: loaded by /flow/ once a design is open (not with the page). */
import { describe } from './architecture';
import { designArchitecture, type DiagramSource } from './design';
import { ZONE_CAPTIONS } from './frames';
import { layout } from './layout';
import type { Architecture, Zone } from './model';
import { svgMarkup } from './svg';

/** A design's diagram as SVG markup, with its text equivalent. */
export interface Drawing {
  model: Architecture;
  svg: string;
  /** Components by zone, e.g. ["ServiceNow instance", "Import Set API (staging table); …"]. */
  zones: [string, string][];
  /** One sentence per connection. */
  connections: string[];
}

const ZONES: readonly Zone[] = ['external', 'kafka', 'middleware', 'network', 'instance'];

/** Draws a design (ids prefixed with `idPrefix`). */
export function drawDesign(design: DiagramSource, idPrefix: string): Drawing {
  const model = designArchitecture(design);
  const zones = ZONES.flatMap((zone): [string, string][] => {
    const inZone = model.components.filter((c) => c.zone === zone);
    const sub = (text: string) => (text.startsWith('(') ? ` ${text}` : ` (${text})`);
    const text = inZone.map((c) => `${c.label}${c.sub ? sub(c.sub) : ''}${c.optional ? ', optional' : ''}`).join('; ');
    return inZone.length ? [[ZONE_CAPTIONS[zone] ?? 'External', text]] : [];
  });
  return { model, svg: svgMarkup(layout(model), { idPrefix }), zones, connections: describe(model) };
}
