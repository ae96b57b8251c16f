import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distRelative, listFiles, listHtmlFiles, DIST, resolveAsset } from './dist-utils';
import { withStaticImports } from './page-scripts';

// The site's CSS lives in cascade layers (src/styles/global.css declares their order), so which rule
// wins never depends on selector specificity or on the order stylesheets happen to load in.
const ORDER = ['reset', 'base', 'layout', 'components', 'tools', 'utilities'];

/** The top-level statements of a stylesheet: what sits at brace depth 0, up to its block or semicolon. */
function topLevel(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0) out.push(text.slice(start, i).trim());
      depth += 1;
    } else if (c === '}') {
      depth -= 1;
      if (depth === 0) start = i + 1;
    } else if (c === ';' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return out.filter(Boolean);
}

/** Layer names in the order a stylesheet first mentions them. */
function layerOrder(css: string): string[] {
  const names = [...css.matchAll(/@layer\s+([a-z-]+(?:\s*,\s*[a-z-]+)*)\s*[{;]/g)].flatMap((m) => (m[1] ?? '').split(/\s*,\s*/));
  return [...new Set(names)];
}

describe('CSS cascade layers', () => {
  beforeAll(assertBuilt);

  it('puts every rule of the site’s stylesheets inside a layer', () => {
    const files = listFiles(`${DIST}/_astro`, '.css');
    expect(files.length).toBeGreaterThan(3);
    const outside = files.flatMap((file) =>
      topLevel(readFileSync(file, 'utf8'))
        .filter((statement) => !statement.startsWith('@layer'))
        .map((statement) => `${distRelative(file)}: ${statement.slice(0, 80)}`),
    );
    expect(outside).toEqual([]);
  });

  it('puts every rule of the pages’ inline styles, and of the search and figure viewer code’s stylesheets, inside a layer', () => {
    // Inline: Astro's small stylesheets, the styles a component writes where it is first used, the code theme.
    const sources = listHtmlFiles().flatMap((page) =>
      [...readFileSync(page, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => ({
        where: distRelative(page),
        css: m[1] ?? '',
      })),
    );
    expect(sources.some((s) => s.css.includes('.code-block')), 'the code block styles, inline').toBe(true);
    expect(sources.some((s) => s.css.includes('--shiki-light')), 'the code theme, inline').toBe(true);
    // The search UI's styles travel inside its chunk (src/scripts/search/search.ts), as a string.
    const chunk = listFiles(`${DIST}/_astro`, '.js').find((file) => /\/search\.[\w-]+\.js$/.test(file)) ?? '';
    const search = /`(@layer[^`]*\.search-dialog[^`]*)`/.exec(readFileSync(chunk, 'utf8'))?.[1] ?? '';
    expect(search, "the search chunk's stylesheet").toContain('.search-result');
    sources.push({ where: distRelative(chunk), css: search });
    // So do the figure viewer's (src/scripts/zoom-viewer.ts), inside the chunk a figure's Enlarge button loads.
    const zoom = listFiles(`${DIST}/_astro`, '.js').find((file) => /\/zoom-viewer\.[\w-]+\.js$/.test(file)) ?? '';
    const viewer = /`(@layer[^`]*\.zoom-viewer[^`]*)`/.exec(readFileSync(zoom, 'utf8'))?.[1] ?? '';
    expect(viewer, "the figure viewer chunk's stylesheet").toContain('.zoom-viewer-stage');
    expect(withStaticImports(zoom), 'the viewer is one file: its styles need no request of their own').toEqual([zoom]);
    const linked = listFiles(`${DIST}/_astro`, '.css').filter((file) => readFileSync(file, 'utf8').includes('.zoom-viewer-stage'));
    expect([...sources.filter((s) => s.css.includes('.zoom-viewer-stage')).map((s) => s.where), ...linked.map(distRelative)], 'no page carries the viewer’s styles').toEqual([]);
    sources.push({ where: distRelative(zoom), css: viewer });
    // Astro's own rule for its island elements (display: contents) is the one exception: not the site's to layer.
    const astroIslands = 'astro-island,astro-slot,astro-static-slot';
    const outside = sources.flatMap(({ where, css }) =>
      topLevel(css)
        .filter((statement) => !statement.startsWith('@layer') && statement !== astroIslands)
        .map((statement) => `${where}: ${statement.slice(0, 80)}`),
    );
    expect(outside).toEqual([]);
  });

  it("roots each component's styles at its own class: no element carries Astro's scoped-style attribute", () => {
    // Scoped styles would add data-astro-cid-… to every element of a component and to every selector (README).
    const pages = listHtmlFiles();
    expect(pages.length).toBeGreaterThan(30);
    const scoped = pages.filter((page) => /\bdata-astro-cid-/.test(readFileSync(page, 'utf8'))).map(distRelative);
    expect(scoped).toEqual([]);
  });

  it('declares the layers in their order in the first stylesheet of every page', () => {
    const pages = listHtmlFiles();
    const wrong: string[] = [];
    for (const page of pages) {
      const href = readFileSync(page, 'utf8').match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
      const file = href ? resolveAsset(page, href) : null;
      const order = file ? layerOrder(readFileSync(file, 'utf8')) : [];
      if (order.join() !== ORDER.join()) wrong.push(`${distRelative(page)}: ${order.join(', ') || 'no stylesheet'}`);
    }
    console.log(`${pages.length} pages: the first stylesheet declares ${ORDER.join(' < ')}`);
    expect(wrong).toEqual([]);
  });
});
