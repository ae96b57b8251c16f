import css from './search.css?inline';

/**
 * The search code a page loads when search is first used, one chunk for both hosts: the dialog (every page's
 * launcher, src/scripts/search/launcher.ts) and /search/'s form. Both load it by URL (src/integrations/lazy-chunk.ts),
 * so the first search fetches one file of code and no page carries any of it up front.
 *
 * The search UI's styles come in it too, as a constructed stylesheet (no request of their own, and allowed by
 * the Content-Security-Policy, which governs style elements and attributes, not the CSSOM): they are in no
 * page's CSS.
 */
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export { openSearchDialog } from './dialog';
export { mountSearchPage } from './page';
