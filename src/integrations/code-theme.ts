/**
 * Shiki colours tokens with inline style attributes, which a strict Content-Security-Policy (no 'unsafe-inline')
 * refuses. In builds, the styles become classes (`sk-…`), and once the pages are written, each page with code
 * gets their rules as an inline stylesheet where its first code block put the placeholder link
 * (src/components/CodeBlock.astro): about a hundred bytes in the page instead of a request. hoist-styles.ts then
 * moves it into the <head>, and csp-per-page.ts permits it by its hash (both run after this).
 */
import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from './built-pages';
import { withBase } from '../lib/paths';
import type { ShikiTransformer } from 'shiki';

/** Where CodeBlock links the code theme, under the site's base path (the link a build replaces). */
export const codeThemeHref = (base: string): string => withBase(base, '/code-theme.css');

/** `html` with its code-theme link, if any, replaced by the rules themselves; throws if one is left. */
export function inlineCodeTheme(html: string, href: string, css: string): string {
  const link = `<link rel="stylesheet" href="${href}">`;
  // In the components layer like the code block's own styles; a function, so no `$` in the CSS is read as a pattern.
  const inlined = html.replace(link, () => `<style data-hoist>@layer components{${css}}</style>`);
  if (inlined.includes(href)) throw new Error(`code theme: a link to ${href} is left in the page`);
  return inlined;
}

export function codeTheme(transformer: ShikiTransformer & { getCSS: () => string }): AstroIntegration {
  // The site's base as pages see it (BASE_URL), from Astro's resolved config: BASE_PATH may be written "sub" or "/sub".
  let base = '/';
  return {
    name: 'code-theme',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ markdown: { shikiConfig: { transformers: [transformer] } } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const css = transformer.getCSS();
        const href = codeThemeHref(base);
        const { changed } = rewriteBuiltPages(dir, (html) => inlineCodeTheme(html, href, css));
        logger.info(`Code theme: ${css.length} B of token colours inlined in ${changed} pages`);
      },
    },
  };
}
