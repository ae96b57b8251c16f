import { expect, test, type APIRequestContext } from '@playwright/test';
import { decodeEntities } from '../src/lib/entities';
import { sitePaths } from './helpers';

interface Anchor {
  href: string;
  rel: string;
}

interface Crawled {
  status: number;
  /** Every id="…" on the page (null for non-HTML responses). */
  ids: Set<string> | null;
  anchors: Anchor[];
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1];
    if (name) attrs.set(name.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attrs;
}

function parse(html: string): { ids: Set<string>; anchors: Anchor[] } {
  // Comments and scripts can hold markup-like text that is not on the page.
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const ids = new Set<string>();
  for (const match of markup.matchAll(/<[a-z][^\s>/]*\s([^>]*)>/gi)) {
    const id = attributes(match[1] ?? '').get('id');
    if (id) ids.add(id);
  }
  const anchors: Anchor[] = [];
  for (const match of markup.matchAll(/<a\s([^>]*)>/gi)) {
    const attrs = attributes(match[1] ?? '');
    const href = attrs.get('href');
    if (href !== undefined) anchors.push({ href, rel: attrs.get('rel') ?? '' });
  }
  return { ids, anchors };
}

async function fetchPage(request: APIRequestContext, path: string): Promise<Crawled> {
  const response = await request.get(path, { maxRedirects: 5 });
  const type = response.headers()['content-type'] ?? '';
  if (!response.ok() || !type.includes('text/html')) return { status: response.status(), ids: null, anchors: [] };
  return { status: response.status(), ...parse(await response.text()) };
}

test('every internal link resolves and every #fragment names an element on its target page', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  const pages = new Map<string, Crawled>();
  /** Internal link targets with the pages they were found on, to report broken ones. */
  const references: { from: string; to: URL }[] = [];
  const queue = ['/', '/404.html'];
  const seen = new Set(queue);

  while (queue.length > 0) {
    const batch = queue.splice(0, queue.length);
    const results = await Promise.all(batch.map(async (path) => [path, await fetchPage(request, path)] as const));
    for (const [path, crawled] of results) {
      pages.set(path, crawled);
      for (const { href } of crawled.anchors) {
        const target = new URL(href, new URL(path, origin));
        if (target.origin !== origin) continue;
        target.search = '';
        references.push({ from: path, to: target });
        if (!seen.has(target.pathname)) {
          seen.add(target.pathname);
          queue.push(target.pathname);
        }
      }
    }
  }

  const broken: string[] = [];
  for (const { from, to } of references) {
    const target = pages.get(to.pathname);
    if (!target || target.status !== 200) {
      broken.push(`${from} → ${to.pathname}${to.hash}: HTTP ${target?.status ?? 'not fetched'}`);
      continue;
    }
    const fragment = to.hash.slice(1);
    if (fragment && !target.ids?.has(decodeURIComponent(fragment)))
      broken.push(`${from} → ${to.pathname}${to.hash}: no element with id "${decodeURIComponent(fragment)}"`);
  }
  expect([...new Set(broken)], 'broken internal links').toEqual([]);

  // The crawl reaches every page the sitemap lists: no orphans.
  const crawled = [...pages].filter(([, page]) => page.status === 200).map(([path]) => path);
  expect(crawled.length).toBeGreaterThan(20);
  const orphans = (await sitePaths(request)).filter((path) => !pages.has(path));
  expect(orphans, 'sitemap pages no link reaches').toEqual([]);
});

test('every external link uses https and rel="noopener noreferrer"', async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  const paths = [...(await sitePaths(request)), '/404.html'];
  const failures: string[] = [];
  let external = 0;
  for (const [path, page] of await Promise.all(
    paths.map(async (path) => [path, await fetchPage(request, path)] as const),
  )) {
    expect(page.status, `${path}: HTTP status`).toBe(200);
    for (const { href, rel } of page.anchors) {
      if (!/^https?:/i.test(href)) continue;
      const url = new URL(href);
      if (url.origin === origin) continue;
      external += 1;
      const tokens = rel.toLowerCase().split(/\s+/);
      if (url.protocol !== 'https:') failures.push(`${path}: ${href} is not https`);
      if (!tokens.includes('noopener') || !tokens.includes('noreferrer'))
        failures.push(`${path}: ${href} has rel="${rel}", needs noopener noreferrer`);
    }
  }
  expect(external, 'the site links to its sources').toBeGreaterThan(10);
  expect(failures, 'external links').toEqual([]);
});
