import type { APIRoute } from 'astro';
import { webManifest } from '../lib/web-manifest';

/** /manifest.webmanifest: what phones and desktops install the site as; scope and icons follow BASE_PATH. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
