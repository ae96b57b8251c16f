/** Joins the site's base path and a site-relative path, keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const [pathname = '', hash = ''] = path.split('#', 2) as [string, string?];
  const withLeading = pathname.startsWith('/') ? pathname : `/${pathname}`;
  const joined = `${trimmedBase}${withLeading}` || '/';
  return hash ? `${joined}#${hash}` : joined;
}

/** The site-relative path of a question page. */
export function questionPath(id: string): string {
  return `/questions/${id}/`;
}

/** True for an absolute http(s) link that leaves the site. */
export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** A page path with the base removed, for comparing against navigation entries. */
export function stripBase(base: string, pathname: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const rest = trimmedBase && pathname.startsWith(trimmedBase) ? pathname.slice(trimmedBase.length) : pathname;
  const withLeading = rest.startsWith('/') ? rest : `/${rest}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
