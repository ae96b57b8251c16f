/**
 * Adds `css` to the document as a constructed stylesheet: how code loaded on use brings its own styles (the search
 * UI, the figure viewer). No request of its own, and the Content-Security-Policy, which governs style elements and
 * attributes, not the CSSOM, allows it. Each stylesheet is added once, however often its module is imported.
 */
const adopted = new Set<string>();

export function adoptStyles(css: string): void {
  if (adopted.has(css)) return;
  adopted.add(css);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
