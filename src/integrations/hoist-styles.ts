/**
 * After the build: the styles a component writes where it is first used (src/components/ComponentStyle.astro,
 * marked `data-hoist`) move into the page's <head>, where a <style> belongs (one inside a paragraph is not
 * permitted HTML) and where it applies before the body paints. The head's inline styles are then one element,
 * in their order: the policy names each by a hash (53 bytes no compression shrinks), so one hash instead of six.
 * Runs before csp-per-page.ts hashes them.
 */
import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from './built-pages';

const HOISTED = /<style data-hoist>([\s\S]*?)<\/style>/g;
const STYLE = /<style>([\s\S]*?)<\/style>/g;

/**
 * The head's inline styles as one element where the first stood, when no stylesheet link comes between them (the
 * cascade keeps its order); otherwise the head as it is.
 */
export function mergeHeadStyles(html: string): string {
  const end = html.indexOf('</head>');
  if (end < 0) return html;
  const head = html.slice(0, end);
  const styles = [...head.matchAll(STYLE)];
  const first = styles[0];
  if (!first || styles.length < 2) return html;
  const last = styles[styles.length - 1];
  const between = head.slice(first.index, (last?.index ?? 0) + (last?.[0].length ?? 0));
  if (/<link\b[^>]*\brel=["']?stylesheet/i.test(between)) return html;
  const merged = `<style>${styles.map((m) => m[1] ?? '').join('')}</style>`;
  let seen = 0;
  return head.replace(STYLE, () => (seen++ === 0 ? merged : '')) + html.slice(end);
}

/** `html` with each `<style data-hoist>` moved, in order and without its marker, to the end of the <head>. */
export function hoistMarkedStyles(html: string): string {
  const styles = [...html.matchAll(HOISTED)].map((m) => `<style>${m[1] ?? ''}</style>`);
  if (styles.length === 0) return html;
  if (!html.includes('</head>')) throw new Error('hoist-styles: a page with component styles has no </head>');
  return html.replace(HOISTED, '').replace('</head>', () => `${styles.join('')}</head>`);
}

/** A built page's styles in place: the marked ones hoisted, then the head's merged. */
export function pageStyles(html: string): string {
  return mergeHeadStyles(hoistMarkedStyles(html));
}

export function hoistStyles(): AstroIntegration {
  return {
    name: 'hoist-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { changed } = rewriteBuiltPages(dir, pageStyles);
        logger.info(`Inline styles: moved into the <head> and merged into one in ${changed} pages`);
      },
    },
  };
}
