// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { transformerStyleToClass } from '@shikijs/transformers';
import * as pagefind from 'pagefind';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTermsPlugin } from './src/glossary-terms.ts';
import { headingAnchorsPlugin } from './src/markdown/heading-anchors.ts';
import { tableWrapPlugin } from './src/markdown/table-wrap.ts';
import { blockWhitespacePlugin } from './src/markdown/block-whitespace.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { codeTheme } from './src/integrations/code-theme.ts';
import { hoistStyles } from './src/integrations/hoist-styles.ts';
import { mergeInlineScripts } from './src/integrations/merge-scripts.ts';
import { cspSha256 } from './src/build-hash.ts';
import { lazyChunk } from './src/integrations/lazy-chunk.ts';

// BASE_PATH serves the site under a sub-path (GitHub Pages project sites); SITE_URL is
// the origin it is deployed at, used for canonical URLs, Open Graph and the sitemap. Without it a
// build leaves out what needs an absolute URL rather than inventing one (see siteUrlNotice).
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL || undefined;

const themeHead = readFileSync(new URL('./src/scripts/theme-head.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeHeadHash = `sha256-${cspSha256(themeHead)}`;

/**
 * Warns when a build has no SITE_URL, and says what it leaves out.
 * @type {import('astro').AstroIntegration}
 */
const siteUrlNotice = {
  name: 'site-url-notice',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (site) return;
      logger.warn(
        'SITE_URL is not set: no canonical links, og:url or sitemap entries, no Sitemap line in robots.txt, and site-relative links in llms.txt and the Markdown twins. Set SITE_URL (e.g. https://example.org) for a deploy.',
      );
    },
  },
};
// One id per build: Pagefind's metaCacheTag (pagefind-entry.json?ts=<id>, src/scripts/search/pagefind.ts).
const buildId = process.env.BUILD_ID ?? Date.now().toString(36);

/**
 * `client:stored`: the tools hydrate at once for a reader with something saved, else on first intent
 * (src/scripts/client-stored.ts).
 * @type {import('astro').AstroIntegration}
 */
const storedDirective = {
  name: 'client-stored-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({
        name: 'stored',
        entrypoint: fileURLToPath(new URL('./src/scripts/client-stored.ts', import.meta.url)),
      });
    },
  },
};

/**
 * Says plainly, when the dev server starts, that search runs on the built site.
 * @type {import('astro').AstroIntegration}
 */
const searchNotice = {
  name: 'search-needs-a-build',
  hooks: {
    'astro:server:start': ({ logger }) => {
      logger.info(
        'Search runs on the built site (Pagefind indexes dist/): use `npm start` to build and serve it with search.',
      );
    },
  },
};

// Shiki's token colours as classes in builds, their rules inlined in each page with code (src/integrations/code-theme.ts).
const codeClasses = transformerStyleToClass({ classPrefix: 'sk-' });

// The search index is part of the build: once the pages are written, Pagefind indexes dist/ and
// writes dist/pagefind/. The build then reports its whole time, site and index (kept under 20 s on a
// 2-core machine; a figure to watch, not a test: wall-clock limits flake on a busy machine).
const BUILD_TARGET_SECONDS = 20;
/** @type {import('astro').AstroIntegration} */
const searchIndex = {
  name: 'pagefind-search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const indexStarted = performance.now();
      const seconds = (/** @type {number} */ from) => ((performance.now() - from) / 1000).toFixed(1);
      try {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(errors.join('; ') || 'no index');
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
        if (added.page_count === 0) throw new Error(`no pages to index in ${fileURLToPath(dir)}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length > 0) throw new Error(written.errors.join('; '));
        logger.info(`Pagefind indexed ${added.page_count} pages in ${seconds(indexStarted)} s`);
      } catch (error) {
        throw new Error(`Search index (Pagefind): ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await pagefind.close();
      }
      // performance.now() counts from the start of the `astro build` process.
      const total = Number(seconds(0));
      const verdict =
        total < BUILD_TARGET_SECONDS
          ? `under the ${BUILD_TARGET_SECONDS} s target`
          : `over the ${BUILD_TARGET_SECONDS} s target`;
      (total < BUILD_TARGET_SECONDS ? logger.info : logger.warn).call(
        logger,
        `Site and search index built in ${total.toFixed(1)} s (${verdict})`,
      );
    },
  },
};

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'ignore',
  // A page's small stylesheets (under Vite's 4 KB inline limit) are inlined, saving a request each; the policy
  // permits each inline style by its hash (src/integrations/csp-per-page.ts).
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // The service worker comes last: its build:done hook runs once Pagefind has written dist/pagefind/.
  integrations: [
    mdx(),
    react(),
    storedDirective,
    siteUrlNotice,
    searchNotice,
    codeTheme(codeClasses),
    hoistStyles(),
    mergeInlineScripts(),
    cspPerPage(),
    searchIndex,
    serviceWorker(),
  ],
  vite: {
    plugins: [lazyChunk()],
    define: { 'import.meta.env.BUILD_ID': JSON.stringify(buildId) },
  },
  markdown: {
    // The first use of each glossary term on the question pages and the worked example links to /glossary/;
    // MDX headings get their anchor link, MDX tables their scrolling region, and the line breaks between blocks go
    // (src/markdown/). The glossary comes first: it links no words inside components, and the next two turn
    // headings and tables into components.
    processor: satteri({
      hastPlugins: [glossaryTermsPlugin(), headingAnchorsPlugin(), tableWrapPlugin(), blockWhitespacePlugin()],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      wrap: false,
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      // Images, fonts, fetches and workers (Pagefind's, the service worker) fall back to default-src, or through
      // script-src to it: naming them 'self' again would be bytes in every page's <meta> that change nothing.
      // (No page shows a data: image.)
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search index runs as WebAssembly. The theme's head script is inlined by hand
      // (is:inline, before the policy's <meta>), so its hash is added here, not found by Astro.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeHeadHash] },
    },
  },
  devToolbar: { enabled: false },
});
