// @ts-check
import { mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { transformerStyleToClass } from '@shikijs/transformers';

// BASE_PATH serves the site under a sub-path (GitHub Pages project sites); SITE_URL is
// the origin it is deployed at, used for canonical URLs, Open Graph and the sitemap.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * Says plainly, when the dev server starts, that search runs on the built site.
 * @type {import('astro').AstroIntegration}
 */
const searchNotice = {
  name: 'search-needs-a-build',
  hooks: {
    'astro:server:start': ({ logger }) => {
      logger.info('Search runs on the built site (Pagefind indexes dist/): use `npm start` to build and serve it with search.');
    },
  },
};

// Shiki colours tokens with inline style attributes, which a strict Content-Security-Policy
// (no 'unsafe-inline') refuses. In builds, the styles become classes and their rules a
// stylesheet, /code-theme.css, that every code block links (src/components/CodeBlock.astro).
const codeClasses = transformerStyleToClass({ classPrefix: 'sk-' });
/** @type {import('astro').AstroIntegration} */
const codeTheme = {
  name: 'code-theme-stylesheet',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      if (command === 'build') updateConfig({ markdown: { shikiConfig: { transformers: [codeClasses] } } });
    },
    'astro:build:done': ({ dir }) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(new URL('code-theme.css', dir), codeClasses.getCSS());
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Stylesheets as files, never inlined: every style then falls under the CSP's style-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), react(), searchNotice, codeTheme],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      wrap: false,
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search index runs as WebAssembly; nothing else is added.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
});
