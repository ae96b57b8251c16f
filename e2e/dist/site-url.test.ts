// A build without SITE_URL (as the tests build) does not know the origin it will be served from: it
// must not write a made-up one (http://localhost:4321/) into canonical links, Open Graph, the sitemap,
// robots.txt or llms.txt. The base-path test builds with SITE_URL and checks those URLs there.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, distRelative, listFiles, listHtmlFiles, readDist } from './dist-utils';

const site = process.env['SITE_URL'];

describe.runIf(!site)('a build without SITE_URL', () => {
  beforeAll(assertBuilt);

  it('writes no localhost origin into any page or text file', () => {
    const files = ['.html', '.xml', '.txt', '.md'].flatMap((ext) => listFiles(DIST, ext));
    expect(files.length).toBeGreaterThan(40);
    const found = files.filter((file) => /https?:\/\/(localhost|127\.0\.0\.1)/.test(readFileSync(file, 'utf8'))).map(distRelative);
    expect(found).toEqual([]);
  });

  it('leaves out what needs an absolute URL: canonical, og:url, the sitemap link and entries, robots’ Sitemap line', () => {
    const pages = listHtmlFiles();
    const withAbsolute = pages.filter((file) => /<link rel="canonical"|property="og:url"|<link rel="sitemap"/.test(readFileSync(file, 'utf8')));
    expect(withAbsolute.map(distRelative)).toEqual([]);
    // What stays: the rest of the Open Graph card.
    expect(readDist('index.html')).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(readDist('sitemap.xml')).not.toContain('<loc>');
    expect(readDist('sitemap.xml')).toContain('<urlset');
    expect(readDist('robots.txt')).not.toMatch(/Sitemap:/i);
  });

  it('links llms.txt site-relative, to files that exist', () => {
    const links = [...readDist('llms.txt').matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(25);
    expect(links.filter((link) => !link.startsWith('/'))).toEqual([]);
  });
});
