import { withBase } from './paths';

/** The site's name as installers show it (the header's brand). */
export const APP_NAME = 'CTA Integration Design';
/** The short name under a phone's home-screen icon (at most 12 characters fit). */
export const APP_SHORT_NAME = 'CTA Design';
/** The page background of each colour scheme, as the theme-color meta tags of Base.astro give it. */
export const THEME_COLORS = { light: '#ffffff', dark: '#111318' } as const;

/** One PNG icon drawn from favicon.svg at build time; `apple` is the touch icon, linked from the page, not listed. */
export interface AppIcon {
  file: string;
  size: number;
  purpose: 'any' | 'maskable' | 'apple';
}

/**
 * The sizes installers ask for: 192 and 512 (Android, desktop Chrome and Edge), one maskable 512 (Android scales
 * it to the launcher's size), 180 for iOS.
 */
export const APP_ICONS: readonly AppIcon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'apple' },
];

/** An icon as the manifest lists it. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  /** The SVG's only: a browser that cannot draw SVG icons skips it; every installer reads PNG. */
  type?: 'image/svg+xml';
  /** Absent for "any", the default. */
  purpose?: 'maskable';
}

/**
 * The favicon first: a browser that takes SVG icons draws the mark at any size from the file the page has already
 * loaded, instead of fetching a PNG on a first visit; the PNGs serve the others. Nothing a default already says
 * (`purpose` "any", a PNG's type): Chrome fetches the manifest, uncompressed by many servers, with every first page.
 */
function manifestIcons(base: string): ManifestIcon[] {
  return [
    { src: withBase(base, '/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ...APP_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
      src: withBase(base, `/${icon.file}`),
      sizes: `${icon.size}x${icon.size}`,
      ...(icon.purpose === 'maskable' ? { purpose: icon.purpose } : {}),
    })),
  ];
}

/**
 * The web app manifest for a site served under `base` ("/" or "/sub/path/"): scope and start URL follow it. No
 * description: installers show one only beside screenshots, which the site has none of.
 */
export function webManifest(base: string) {
  const root = withBase(base, '/');
  return {
    id: root,
    name: APP_NAME,
    short_name: APP_SHORT_NAME,
    start_url: root,
    scope: root,
    display: 'standalone',
    // A manifest holds one colour (no media queries): the light scheme's; the meta tags give each scheme its own.
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: manifestIcons(base),
  };
}
