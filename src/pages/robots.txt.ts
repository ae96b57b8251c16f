import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled; points at the sitemap when the build knows its origin (SITE_URL). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site
    ? `\nSitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap.xml`, site).href}\n`
    : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
