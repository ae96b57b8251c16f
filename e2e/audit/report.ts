import type { Result } from 'lighthouse';

/** The Lighthouse categories the audit scores, in table order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'] as const;

/** One of {@link CATEGORIES}. */
export type CategoryId = (typeof CATEGORIES)[number];

/**
 * The bar every page must clear: category scores out of 100 (performance is the median run's) and
 * the worst CLS. Agentic browsing (a well-formed accessibility tree, llms.txt, WebMCP and agent
 * catalog checks, CLS) scores the share of its applicable audits that pass: all of them must.
 */
export const BAR = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  'agentic-browsing': 100,
  cls: 0,
} as const;

/**
 * Transfer ceilings (KiB, the median run's total byte weight) for the tool pages: /study/ at most 100 KB (issue 11),
 * /checklist/ and /flow/ no more than the previous release's 96.2 and 109.3 KiB. A first visit loads no React
 * (`client:stored`), so each is far below; the ceiling keeps it so.
 */
export const TRANSFER_KIB: Readonly<Record<string, number>> = {
  '/checklist/': 96.2,
  '/flow/': 109.3,
  '/study/': 97.6,
};

/** One page's Lighthouse runs: `full` scored every category; `perf` holds every run that scored performance (full included). */
export type PageRuns = { path: string; full: Result; perf: Result[] };

/** An audit that kept a page below the bar. */
export type FailingAudit = { category: string; id: string; title: string; displayValue: string; items: string[] };

/** What the table and the verdict need from one page. */
export type PageSummary = {
  path: string;
  scores: Record<CategoryId, number | null>;
  perfScores: number[];
  lcp: number | undefined;
  tbt: number | undefined;
  cls: number;
  transfer: number | undefined;
  problems: string[];
  audits: FailingAudit[];
};

/** A category's score out of 100, or null when Lighthouse could not score it. */
export function score(lhr: Result, id: string): number | null {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
}

/** The run with the median performance score (the lower middle for an even count). */
export function medianRun(runs: readonly Result[]): Result {
  const sorted = [...runs].sort((a, b) => (score(a, 'performance') ?? -1) - (score(b, 'performance') ?? -1));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no Lighthouse runs to take a median of');
  return median;
}

function numeric(lhr: Result, audit: string): number | undefined {
  return lhr.audits[audit]?.numericValue;
}

/** Scores, metrics and, for a page below the bar, what kept it there. */
export function summarize(page: PageRuns): PageSummary {
  const median = medianRun(page.perf);
  const scores = {
    performance: score(median, 'performance'),
    accessibility: score(page.full, 'accessibility'),
    'best-practices': score(page.full, 'best-practices'),
    seo: score(page.full, 'seo'),
    'agentic-browsing': score(page.full, 'agentic-browsing'),
  };
  // CLS must be 0 in every run, not just the median one.
  const cls = Math.max(...page.perf.map((lhr) => numeric(lhr, 'cumulative-layout-shift') ?? Number.POSITIVE_INFINITY));
  const problems: string[] = [];
  const audits: FailingAudit[] = [];
  // `perf` usually holds `full` too: each run is reported once.
  for (const lhr of new Set([page.full, ...page.perf])) {
    if (lhr.runtimeError) problems.push(`Lighthouse error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  }
  for (const category of CATEGORIES) {
    const value = scores[category];
    if (value !== null && value >= BAR[category]) continue;
    problems.push(`${category} ${value ?? 'not scored'} < ${BAR[category]}`);
    audits.push(...failingAudits(category === 'performance' ? median : page.full, category));
  }
  if (cls > BAR.cls) {
    problems.push(`CLS ${Number(cls.toFixed(4))} > ${BAR.cls}`);
    const worst = page.perf.find((lhr) => numeric(lhr, 'cumulative-layout-shift') === cls) ?? median;
    for (const id of ['cumulative-layout-shift', 'layout-shifts']) {
      const audit = worst.audits[id];
      if (audit && !audits.some((a) => a.id === id)) audits.push(describe('performance', audit));
    }
  }
  const transfer = numeric(median, 'total-byte-weight');
  const ceiling = TRANSFER_KIB[page.path];
  if (ceiling !== undefined && (transfer === undefined || transfer / 1024 > ceiling)) {
    problems.push(
      `transfer ${transfer === undefined ? 'not measured' : `${(transfer / 1024).toFixed(1)} KiB`} > ${ceiling} KiB`,
    );
  }
  problems.push(...foreignRequests(page));
  return {
    path: page.path,
    scores,
    perfScores: page.perf.map((lhr) => score(lhr, 'performance') ?? 0),
    lcp: numeric(median, 'largest-contentful-paint'),
    tbt: numeric(median, 'total-blocking-time'),
    cls,
    transfer,
    problems,
    audits,
  };
}

const NOT_SCORED = new Set(['informative', 'manual', 'notApplicable']);

/** The audits of `category` in `lhr` that did not pass (or could not run). */
export function failingAudits(lhr: Result, category: string): FailingAudit[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || NOT_SCORED.has(audit.scoreDisplayMode)) return [];
    const failed = audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1);
    return failed ? [describe(category, audit)] : [];
  });
}

function describe(category: string, audit: Result['audits'][string]): FailingAudit {
  const displayValue =
    audit.scoreDisplayMode === 'error' ? `error: ${audit.errorMessage ?? 'unknown'}` : (audit.displayValue ?? '');
  return { category, id: audit.id, title: audit.title, displayValue, items: detailItems(audit.details) };
}

/** Up to five offending elements or URLs from an audit's details (tables, and the tables inside a list), so an engineer can find them. */
function detailItems(details: unknown): string[] {
  if (!isRecord(details) || !Array.isArray(details['items'])) return [];
  return details['items']
    .flatMap((item: unknown): string[] => {
      if (!isRecord(item)) return [];
      if (Array.isArray(item['items'])) return detailItems(item);
      const node = isRecord(item['node']) ? item['node'] : undefined;
      const source = isRecord(item['source']) ? item['source'] : undefined;
      const text = node?.['selector'] ?? item['url'] ?? source?.['url'];
      if (typeof text !== 'string') return [];
      const snippet = typeof node?.['snippet'] === 'string' ? ` ${node['snippet']}` : '';
      const explanation =
        typeof node?.['explanation'] === 'string' ? ` — ${node['explanation'].split('\n').join(' ')}` : '';
      return [`${text}${snippet}${explanation}`.slice(0, 300)];
    })
    .slice(0, 5);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Any request a run made to an origin other than the page's own (there must be none). */
function foreignRequests(page: PageRuns): string[] {
  const seen = new Set<string>();
  for (const lhr of [page.full, ...page.perf]) {
    const origin = new URL(lhr.finalDisplayedUrl).origin;
    const details: unknown = lhr.audits['network-requests']?.details;
    const items = isRecord(details) && Array.isArray(details['items']) ? details['items'] : [];
    for (const item of items) {
      const url = isRecord(item) && typeof item['url'] === 'string' ? item['url'] : '';
      if (/^https?:/.test(url) && new URL(url).origin !== origin) seen.add(url);
    }
  }
  return [...seen].map((url) => `requested another origin: ${url}`);
}

/** The Markdown table of every page. */
export function table(pages: readonly PageSummary[]): string {
  const rows = pages.map((p) =>
    [
      `\`${p.path}\``,
      `${p.scores.performance ?? '–'} (${p.perfScores.join(', ')})`,
      p.scores.accessibility ?? '–',
      p.scores['best-practices'] ?? '–',
      p.scores.seo ?? '–',
      p.scores['agentic-browsing'] ?? '–',
      p.lcp === undefined ? '–' : `${(p.lcp / 1000).toFixed(2)} s`,
      p.tbt === undefined ? '–' : `${Math.round(p.tbt)} ms`,
      Number.isFinite(p.cls) ? String(Number(p.cls.toFixed(4))) : '–',
      p.transfer === undefined ? '–' : `${(p.transfer / 1024).toFixed(1)} KiB`,
    ].join(' | '),
  );
  const head =
    '| page | performance | accessibility | best practices | SEO | agentic browsing | LCP | TBT | CLS | transfer size |';
  return [head, `|${' --- |'.repeat(10)}`, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** One request of a page's median run: what crossed the wire (headers included), as Lighthouse recorded it. */
export type Transfer = { url: string; type: string; bytes: number };

/** The median run's requests, largest first: what a page's transfer size is made of. */
export function transfers(page: PageRuns): Transfer[] {
  const median = medianRun(page.perf);
  const origin = new URL(median.finalDisplayedUrl).origin;
  const details: unknown = median.audits['network-requests']?.details;
  const items = isRecord(details) && Array.isArray(details['items']) ? details['items'] : [];
  return items
    .flatMap((item: unknown): Transfer[] => {
      if (!isRecord(item) || typeof item['url'] !== 'string' || typeof item['transferSize'] !== 'number') return [];
      const url = new URL(item['url']);
      return [
        {
          url: url.origin === origin ? `${url.pathname}${url.search}` : item['url'],
          type: typeof item['resourceType'] === 'string' ? item['resourceType'] : 'Other',
          bytes: item['transferSize'],
        },
      ];
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** Markdown: each page's transfer, request by request, so a change in the table can be traced to a file. */
export function transferTables(pages: readonly PageRuns[]): string {
  return pages
    .map((page) => {
      const rows = transfers(page);
      const total = rows.reduce((sum, r) => sum + r.bytes, 0);
      return [
        `### \`${page.path}\`: ${(total / 1024).toFixed(1)} KiB in ${rows.length} requests`,
        '',
        '| bytes | type | request |',
        '| ---: | --- | --- |',
        ...rows.map((r) => `| ${r.bytes} | ${r.type} | \`${r.url}\` |`),
      ].join('\n');
    })
    .join('\n\n');
}

/** The pages below the bar, each with its problems and failing audits, as Markdown. */
export function failures(pages: readonly PageSummary[]): string {
  const failing = pages.filter((p) => p.problems.length > 0);
  if (failing.length === 0) return 'Every page clears the bar.';
  return failing
    .map((p) => {
      const audits = p.audits.map((a) => {
        const items = a.items.map((item) => `\n    - ${item}`).join('');
        return `  - ${a.category}: \`${a.id}\` ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${items}`;
      });
      return [`- \`${p.path}\`: ${p.problems.join('; ')}`, ...audits].join('\n');
    })
    .join('\n');
}
