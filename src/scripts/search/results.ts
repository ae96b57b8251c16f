import { excerptSegments, pickSubResults } from '../../lib/search';
import { el } from './dom';
import type { PagefindFragment } from './pagefind';

/** A result's link: its title, then its type when given, then its excerpt as text nodes and <mark> elements. */
function resultLink(href: string, className: string, title: string, excerpt: string, type?: string): HTMLAnchorElement {
  const link = el('a', { href, class: className });
  link.append(el('span', { class: 'result-title' }, title));
  if (type) link.append(el('span', { class: 'result-type' }, type));
  const text = el('span', { class: 'result-excerpt' });
  for (const segment of excerptSegments(excerpt)) {
    text.append(segment.mark ? el('mark', {}, segment.text) : document.createTextNode(segment.text));
  }
  link.append(text);
  return link;
}

/** Renders loaded results into `list`: each page's link, then up to three of its sections that matched. */
export function renderResults(list: HTMLOListElement, fragments: readonly PagefindFragment[]): void {
  list.replaceChildren(
    ...fragments.map((fragment) => {
      const title = fragment.meta['title'];
      const item = el('li', { class: 'search-result' });
      item.append(
        resultLink(fragment.url, 'result-link', title ?? fragment.url, fragment.excerpt, fragment.filters['type']?.[0]),
      );
      const subs = pickSubResults(fragment.url, fragment.sub_results);
      if (subs.length) {
        const sections = el('ul', { class: 'sub-results' });
        for (const sub of subs) {
          const li = el('li');
          li.append(resultLink(sub.url, 'result-link sub', `${title ?? ''} › ${sub.title}`, sub.excerpt));
          sections.append(li);
        }
        item.append(sections);
      }
      return item;
    }),
  );
}
