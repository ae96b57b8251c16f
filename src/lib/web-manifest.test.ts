import { describe, expect, test } from 'vitest';
import { APP_ICONS, APP_SHORT_NAME, webManifest, type ManifestIcon } from './web-manifest';

/** An icon's purpose as installers read it: "any" when the manifest leaves it out. */
const purposeOf = (icon: ManifestIcon): string => icon.purpose ?? 'any';

describe('webManifest', () => {
  test('scope, start URL, id and icons follow the base path', () => {
    const manifest = webManifest('/integration-design/');
    expect(manifest.scope).toBe('/integration-design/');
    expect(manifest.start_url).toBe('/integration-design/');
    expect(manifest.id).toBe('/integration-design/');
    expect(manifest.icons.map((i) => i.src)).toEqual([
      '/integration-design/favicon.svg',
      '/integration-design/icons/icon-192.png',
      '/integration-design/icons/icon-512.png',
      '/integration-design/icons/maskable-512.png',
    ]);
  });

  test('at the root, everything is under /', () => {
    const manifest = webManifest('/');
    expect(manifest.scope).toBe('/');
    expect(manifest.icons.every((i) => i.src.startsWith('/icons/') || i.src === '/favicon.svg')).toBe(true);
  });

  test('installers find the SVG mark, then a 192 and a 512 PNG and a maskable 512; the Apple icon is not listed', () => {
    const icons = webManifest('/').icons;
    // "any" is the manifest's default purpose, PNG every installer's format: neither is written.
    expect(icons[0]).toEqual({ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' });
    const png = icons.filter((i) => i.src.endsWith('.png'));
    expect(png.filter((i) => purposeOf(i) === 'any').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    expect(png.filter((i) => purposeOf(i) === 'maskable').map((i) => i.sizes)).toEqual(['512x512']);
    expect(JSON.stringify(icons)).not.toMatch(/"purpose":"any"|image\/png/);
    expect(png).toHaveLength(APP_ICONS.length - 1);
  });

  test('says nothing an installer would not use: no description, no defaults', () => {
    expect(Object.keys(webManifest('/')).sort()).toEqual([
      'background_color',
      'display',
      'icons',
      'id',
      'name',
      'scope',
      'short_name',
      'start_url',
      'theme_color',
    ]);
  });

  test('the short name fits under a home-screen icon', () => {
    expect(APP_SHORT_NAME.length).toBeLessThanOrEqual(12);
  });
});
