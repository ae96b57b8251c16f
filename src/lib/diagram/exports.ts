/** The diagram's exports, loaded on use: .drawio, the diagrams.net address, standalone SVG, Mermaid. */
import { designArchitecture, type DiagramSource } from './design';
import { drawioUrl, drawioXml } from './drawio';
import { layout } from './layout';
import { mermaidFlowchart } from './mermaid';
import { svgFile } from './standalone';

/** The design's diagram as a .drawio file. */
export function designDrawio(design: DiagramSource): string {
  return drawioXml(layout(designArchitecture(design)));
}

/** The design's diagram as a standalone SVG file. */
export function designSvg(design: DiagramSource): string {
  return svgFile(layout(designArchitecture(design)));
}

/** The design's diagram as a Mermaid flowchart, for the Markdown record. */
export function designMermaid(design: DiagramSource): string {
  return mermaidFlowchart(designArchitecture(design));
}

/** The "Open in diagrams.net" address of the design's diagram. */
export function designDrawioUrl(
  design: DiagramSource,
  compress: (bytes: Uint8Array) => Promise<Uint8Array>,
): Promise<string> {
  return drawioUrl(designDrawio(design), compress);
}
