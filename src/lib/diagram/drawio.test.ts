import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { architecture } from './architecture';
import { drawioUrl, drawioXml } from './drawio';
import { HOSTILE, readDrawioUrl, workedExample } from './fixtures';
import { layout } from './layout';

interface Element {
  name: string;
  attributes: Record<string, string>;
  parent: string | null;
}

/** Parses strictly (a well-formedness error throws) and lists the elements with their parent's name. */
function parse(xml: string): Element[] {
  const parser = sax.parser(true);
  const elements: Element[] = [];
  const stack: string[] = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (node) => {
    elements.push({
      name: node.name,
      attributes: node.attributes as Record<string, string>,
      parent: stack[stack.length - 1] ?? null,
    });
    if (!node.isSelfClosing) stack.push(node.name);
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(xml).close();
  return elements;
}

const hostileDesign = {
  ...workedExample,
  labels: Object.fromEntries(Object.keys(workedExample.labels ?? {}).map((k) => [k, HOSTILE])),
};

describe('the .drawio writer', () => {
  const xml = drawioXml(layout(architecture(workedExample, 'HR to ITSM Integration Architecture')));
  const elements = parse(xml);
  const cells = elements.filter((e) => e.name === 'mxCell');
  const vertices = cells.filter((c) => c.attributes['vertex'] === '1');
  const edges = cells.filter((c) => c.attributes['edge'] === '1');

  it('writes mxfile > diagram > mxGraphModel > root, with cells 0 and 1', () => {
    expect(elements.slice(0, 4).map((e) => [e.name, e.parent])).toEqual([
      ['mxfile', null],
      ['diagram', 'mxfile'],
      ['mxGraphModel', 'diagram'],
      ['root', 'mxGraphModel'],
    ]);
    expect(cells.slice(0, 2).map((c) => c.attributes)).toEqual([{ id: '0' }, { id: '1', parent: '0' }]);
  });
  it('one vertex with geometry per component (zones as groups), one edge per connection between vertices', () => {
    const model = architecture(workedExample, 't');
    const boxes = vertices.filter((v) => !v.attributes['id']?.startsWith('zone-'));
    expect(boxes).toHaveLength(model.components.length);
    expect(boxes.map((v) => v.attributes['value']?.split('\n')[0])).toEqual(
      expect.arrayContaining(['HR System', 'MID Server', 'Transform Map', 'sys_user', 'Stream Connect']),
    );
    expect(vertices.map((v) => v.attributes['value'])).toEqual(
      expect.arrayContaining(['ServiceNow instance', 'Kafka']),
    );
    expect(
      elements.filter((e) => e.name === 'mxGeometry' && e.attributes['as'] === 'geometry' && e.attributes['width']),
    ).toHaveLength(vertices.length);
    const ids = new Set(vertices.map((v) => v.attributes['id']));
    expect(edges).toHaveLength(model.connections.length);
    for (const edge of edges) {
      expect(ids.has(edge.attributes['source'])).toBe(true);
      expect(ids.has(edge.attributes['target'])).toBe(true);
    }
    expect(edges.find((e) => e.attributes['value'] === 'if Kafka exists')?.attributes['style']).toContain('dashed=1');
    expect(new Set(cells.map((c) => c.attributes['id'])).size).toBe(cells.length);
  });
  it('keeps a hostile name text: well-formed, and read back exactly as typed', () => {
    const hostile = drawioXml(layout(architecture(hostileDesign, HOSTILE)));
    expect(hostile).not.toContain('<img');
    const parsed = parse(hostile);
    expect(parsed.map((e) => e.name)).not.toContain('img');
    expect(parsed.find((e) => e.name === 'diagram')?.attributes['name']).toBe(HOSTILE);
    expect(parsed.filter((e) => e.name === 'mxCell').map((c) => c.attributes['value'])).toContain(HOSTILE);
  });
  it('"Open in diagrams.net": a #create= address with the XML, raw-deflated and base64-encoded', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const url = await drawioUrl(xml, async (bytes) => new Uint8Array(deflateRawSync(bytes)));
    expect(url).toMatch(/^https:\/\/app\.diagrams\.net\/#create=/);
    expect(readDrawioUrl(url)).toEqual({ type: 'xml', compressed: true, xml });
  });
});
