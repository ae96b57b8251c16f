/**
 * The offline build step: app icons from the favicon, then a Workbox service worker (dist/sw.js) that
 * precaches the whole built site, Pagefind's index included. It runs in `astro:build:done` after the
 * Pagefind integration (astro.config.mjs lists it after), so the index's files are in the manifest.
 *
 * Lifecycle of what it writes: a first visit installs the worker in the background (registration
 * waits for the page's `load`, src/components/UpdateNotice.astro) and `clientsClaim` lets it control
 * the page at once. A later build yields a new sw.js (new revisions): it installs and then waits until
 * the reader chooses Reload in the update notice (`SKIP_WAITING` message); then Workbox deletes the
 * precache entries the new build no longer lists, and `cleanupOutdatedCaches` drops caches of older
 * Workbox versions.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { APP_ICONS } from '../lib/web-manifest';

// Workbox's bundler and sharp load when the build needs them, not with astro.config.mjs (`astro dev`,
// `sync` and `check` never do); by require: Vite's module runner has closed by astro:build:done.
const load = createRequire(import.meta.url);

/** Files a reader never needs offline: host config, crawler files, Pagefind's own UI bundles (unused here). */
export const PRECACHE_IGNORES = [
  '_headers',
  'robots.txt',
  'sitemap.xml',
  'sw.js',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
] as const;

/** Pagefind's WebAssembly files for languages the index does not hold (an English site needs only wasm.en). */
function unusedWasm(outDir: string): string[] {
  const entry = JSON.parse(readFileSync(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { wasm?: string }>;
  };
  const used = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  return readdirSync(`${outDir}/pagefind`)
    .filter((f) => f.startsWith('wasm.') && !used.has(f))
    .map((f) => `pagefind/${f}`);
}

/** Writes outDir/sw.js; returns what it precaches. `outDir` is the built site, without a trailing slash. */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number; warnings: string[] }> {
  const { generateSW } = load('workbox-build') as typeof import('workbox-build');
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [...PRECACHE_IGNORES, ...unusedWasm(outDir)],
    swDest: `${outDir}/sw.js`,
    // The whole site, Pagefind's wasm and the largest island chunk included, fits well under this.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    // Vite's bundles carry their content hash in their name: no revision needed.
    dontCacheBustURLsMatching: /_astro\//,
    // A static host serves the same file whatever the query: /search/?q=…, ?highlight=…, ?topic=…, and
    // Pagefind's pagefind-entry.json?ts=<build id> (metaCacheTag) all come from the precache.
    ignoreURLParametersMatching: [/.*/],
    // /questions/x/ is served from questions/x/index.html (Workbox's default directoryIndex).
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // Never take over mid-session: the new worker waits for the reader's Reload (SKIP_WAITING message).
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // A page the precache lacks (a stale client asking for a page a newer build added): the network,
        // and offline the site's 404 page, which then says the reader is offline.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });
  return { count, size, warnings };
}

/** The installers' PNG icons, drawn from public/favicon.svg. */
async function writeIcons(outDir: string, favicon: string): Promise<void> {
  const sharp = load('sharp') as typeof import('sharp').default;
  // Maskable and Apple icons are cropped by the platform: a square background (no rounded corners); the
  // mark already sits within the central 80 % safe zone of the 32-unit favicon.
  const square = favicon.replace(/\srx="[^"]*"/, '');
  await Promise.all(
    APP_ICONS.map(({ file, size, purpose }) =>
      sharp(Buffer.from(purpose === 'any' ? favicon : square), { density: (72 * size) / 32 })
        .resize(size, size)
        // A flat two-colour mark: an indexed palette keeps each icon a fraction of a truecolour PNG's bytes
        // (browsers fetch one with the manifest on a first visit).
        .png({ palette: true, compressionLevel: 9, effort: 10 })
        .toFile(`${outDir}/${file}`),
    ),
  );
}

/** The Astro integration: icons and service worker, after the search index is written. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        mkdirSync(`${outDir}/icons`, { recursive: true });
        await writeIcons(outDir, readFileSync(`${outDir}/favicon.svg`, 'utf8'));
        const { count, size, warnings } = await writeServiceWorker(outDir);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KiB before compression`);
      },
    },
  };
}
