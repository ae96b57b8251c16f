// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

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

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), react(), searchNotice],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      wrap: false,
    },
  },
  devToolbar: { enabled: false },
});
