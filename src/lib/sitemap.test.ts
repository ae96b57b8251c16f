import { describe, expect, it } from 'vitest';
import { escapeXml, sitemapXml } from './sitemap';

describe('sitemap', () => {
  it('escapes XML special characters', () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });
  it('lists each URL once in a urlset', () => {
    const xml = sitemapXml(['https://x.test/', 'https://x.test/a/?q=1&r=2']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://x.test/a/?q=1&amp;r=2</loc>');
  });
});
