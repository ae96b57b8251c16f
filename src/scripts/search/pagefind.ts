/** The slice of Pagefind's browser API this site uses (pagefind.js is generated at build time). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id: string; element: string };
}

/** A loaded result: what the results list shows. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
  filters: Record<string, string[]>;
}

/** Pagefind's search response. */
export interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindFragment> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** Pagefind's module. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: unknown }) => Promise<PagefindResponse>;
  debouncedSearch: (
    term: string | null,
    options?: { filters?: unknown },
    timeoutMs?: number,
  ) => Promise<PagefindResponse | null>;
  preload: (term: string) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** The site's base path ("/" or "/sub/path/"), as Vite writes it into the bundle. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * Loads Pagefind once per page view. Rejects with a plain message when the index is missing
 * (the dev server has none: search runs on the built site).
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    let module: Pagefind;
    // A URL in a variable: Vite leaves the import as it is, with no preload helper to fetch first.
    const url = `${BASE}pagefind/pagefind.js`;
    try {
      module = (await import(/* @vite-ignore */ url)) as Pagefind;
    } catch {
      loading = undefined;
      throw new Error(
        'The search index is not available. Search runs on the built site: run `npm start` (it builds the index).',
      );
    }
    await module.options({
      baseUrl: BASE,
      excerptLength: 22,
      highlightParam: 'highlight',
      // pagefind-entry.json?ts=<build id>, not ?ts=<now>: the service worker's precache answers it offline.
      metaCacheTag: import.meta.env.BUILD_ID,
      // Favour pages where the term is frequent and central over long pages that mention it once.
      ranking: { termFrequency: 1.0, pageLength: 0.6, termSaturation: 1.2, termSimilarity: 1.0 },
    });
    await module.init();
    // A search reports filter counts only once the filter index is loaded: load it now, so the
    // first search (a shared /search/?q=… link) shows its counts too, not zeros.
    await module.filters();
    return module;
  })();
  return loading;
}
