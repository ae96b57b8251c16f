import type { Result } from 'lighthouse';
import { describe, expect, test } from 'vitest';
import {
  BAR,
  CATEGORIES,
  failingAudits,
  failures,
  medianRun,
  score,
  summarize,
  table,
  transferTables,
  transfers,
  TRANSFER_KIB,
  type PageRuns,
} from './report';

type Audit = Result['audits'][string];
type Details = NonNullable<Audit['details']>;

/** An audit result with only what the report reads. */
function audit(id: string, fields: Partial<Audit> = {}): Audit {
  return { id, title: `${id} title`, description: '', score: 1, scoreDisplayMode: 'binary', ...fields } as Audit;
}

interface Fake {
  scores?: Partial<Record<string, number | null>>;
  audits?: Audit[];
  /** Which audits each category lists. */
  refs?: Partial<Record<string, string[]>>;
  cls?: number;
  bytes?: number;
  requests?: (string | { url: string; transferSize: number; resourceType: string })[];
  url?: string;
  runtimeError?: { code: string; message: string };
}

/** A Lighthouse result with only what the report reads: every category 100 unless told otherwise. */
function lhr(fake: Fake = {}): Result {
  const url = fake.url ?? 'http://localhost:4340/cheat-sheet/';
  const audits: Record<string, Audit> = {
    'cumulative-layout-shift': audit('cumulative-layout-shift', {
      numericValue: fake.cls ?? 0,
      displayValue: String(fake.cls ?? 0),
    }),
    'largest-contentful-paint': audit('largest-contentful-paint', { numericValue: 1100 }),
    'total-blocking-time': audit('total-blocking-time', { numericValue: 0 }),
    'total-byte-weight': audit('total-byte-weight', { numericValue: fake.bytes ?? 12_800 }),
    'network-requests': audit('network-requests', {
      details: {
        type: 'table',
        headings: [],
        items: (fake.requests ?? [url]).map((u) => (typeof u === 'string' ? { url: u } : u)),
      } as Details,
    }),
  };
  for (const a of fake.audits ?? []) audits[a.id] = a;
  const categories = Object.fromEntries(
    CATEGORIES.map((id) => {
      const value = fake.scores?.[id];
      const refs = fake.refs?.[id] ?? [];
      return [
        id,
        {
          id,
          title: id,
          score: value === undefined ? 1 : value === null ? null : value / 100,
          auditRefs: refs.map((ref) => ({ id: ref, weight: 1 })),
        },
      ];
    }),
  );
  return { finalDisplayedUrl: url, audits, categories, runtimeError: fake.runtimeError } as unknown as Result;
}

function runs(full: Fake = {}, ...others: Fake[]): PageRuns {
  const first = lhr(full);
  return { path: '/cheat-sheet/', full: first, perf: [first, ...(others.length ? others : [{}, {}]).map(lhr)] };
}

describe('score and medianRun', () => {
  test('score is out of 100, rounded, or null when Lighthouse could not score the category', () => {
    expect(score(lhr({ scores: { seo: 91.6 } }), 'seo')).toBe(92);
    expect(score(lhr({ scores: { seo: null } }), 'seo')).toBeNull();
    expect(score(lhr(), 'no-such-category')).toBeNull();
  });

  test('medianRun takes the middle performance score, the lower middle for an even count', () => {
    const [a, b, c, d] = [97, 100, 99, 98].map((p) => lhr({ scores: { performance: p } })) as [
      Result,
      Result,
      Result,
      Result,
    ];
    expect(score(medianRun([a, b, c]), 'performance')).toBe(99);
    expect(score(medianRun([a, b, c, d]), 'performance')).toBe(98);
    expect(() => medianRun([])).toThrow(/no Lighthouse runs/);
  });
});

describe('summarize', () => {
  test("a tool page over its transfer ceiling fails, on the median run's bytes", () => {
    const study = (bytes: number): PageRuns => ({ ...runs({ bytes }, { bytes }, { bytes }), path: '/study/' });
    expect(summarize(study(97 * 1024)).problems).toEqual([]);
    expect(summarize(study(107.2 * 1024)).problems).toEqual([`transfer 107.2 KiB > ${TRANSFER_KIB['/study/']} KiB`]);
    // A page without a ceiling is not held to one.
    expect(summarize(runs({ bytes: 500 * 1024 }, { bytes: 500 * 1024 }, { bytes: 500 * 1024 })).problems).toEqual([]);
  });

  test('a page with every category at 100 and no shift clears the bar', () => {
    const summary = summarize(runs());
    expect(summary.problems).toEqual([]);
    expect(summary.scores).toEqual({
      performance: 100,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
      'agentic-browsing': 100,
    });
    expect(summary.cls).toBe(0);
    expect(summary.perfScores).toEqual([100, 100, 100]);
  });

  test('performance is judged on the median run, not the worst', () => {
    expect(
      summarize(
        runs({ scores: { performance: 90 } }, { scores: { performance: 99 } }, { scores: { performance: 100 } }),
      ).problems,
    ).toEqual([]);
    const slow = summarize(
      runs({ scores: { performance: 90 } }, { scores: { performance: 97 } }, { scores: { performance: 100 } }),
    );
    expect(slow.problems).toEqual([`performance 97 < ${BAR.performance}`]);
  });

  test('any layout shift in any run fails, naming the shifted element', () => {
    const shifted = audit('layout-shifts', {
      score: 0,
      details: {
        type: 'table',
        headings: [],
        items: [
          {
            node: {
              type: 'node',
              selector: 'body > header > div.header-search',
              snippet: '<div class="header-search">',
            },
          },
        ],
      } as Details,
    });
    const summary = summarize(runs({}, {}, { cls: 0.0009, audits: [shifted] }));
    expect(summary.cls).toBe(0.0009);
    expect(summary.problems).toEqual(['CLS 0.0009 > 0']);
    expect(summary.audits.map((a) => a.id)).toEqual(['cumulative-layout-shift', 'layout-shifts']);
    expect(summary.audits[1]?.items).toEqual(['body > header > div.header-search <div class="header-search">']);
  });

  test('an agentic-browsing audit that fails keeps the page below the bar, with the audit named', () => {
    const tree = audit('agent-accessibility-tree', {
      score: 0,
      details: {
        type: 'list',
        items: [{ type: 'table', headings: [], items: [{ node: { type: 'node', selector: 'button.menu' } }] }],
      } as Details,
    });
    const llms = audit('llms-txt', { score: null, scoreDisplayMode: 'notApplicable' });
    const summary = summarize(
      runs({
        scores: { 'agentic-browsing': 50 },
        audits: [tree, llms],
        refs: { 'agentic-browsing': ['agent-accessibility-tree', 'llms-txt'] },
      }),
    );
    expect(summary.problems).toEqual(['agentic-browsing 50 < 100']);
    expect(summary.audits).toEqual([
      {
        category: 'agentic-browsing',
        id: 'agent-accessibility-tree',
        title: 'agent-accessibility-tree title',
        displayValue: '',
        items: ['button.menu'],
      },
    ]);
  });

  test('a category Lighthouse could not score fails rather than passing silently', () => {
    expect(summarize(runs({ scores: { seo: null } })).problems).toEqual(['seo not scored < 100']);
  });

  test('runtime errors and requests to other origins fail', () => {
    const summary = summarize(
      runs({
        runtimeError: { code: 'NO_FCP', message: 'no paint' },
        requests: ['http://localhost:4340/cheat-sheet/', 'https://cdn.example.com/x.js', 'data:image/png;base64,AAAA'],
      }),
    );
    expect(summary.problems).toEqual([
      'Lighthouse error NO_FCP: no paint',
      'requested another origin: https://cdn.example.com/x.js',
    ]);
  });
});

describe('failingAudits', () => {
  test('reports failed and errored audits; passing, informative and not-applicable ones are left out', () => {
    const result = lhr({
      audits: [
        audit('passes'),
        audit('fails', { score: 0.5, displayValue: '2 items' }),
        audit('broke', { score: null, scoreDisplayMode: 'error', errorMessage: 'timed out' }),
        audit('info', { score: null, scoreDisplayMode: 'informative' }),
        audit('na', { score: null, scoreDisplayMode: 'notApplicable' }),
      ],
      refs: { seo: ['passes', 'fails', 'broke', 'info', 'na', 'missing'] },
    });
    expect(failingAudits(result, 'seo').map((a) => [a.id, a.displayValue])).toEqual([
      ['fails', '2 items'],
      ['broke', 'error: timed out'],
    ]);
  });
});

describe('table and failures', () => {
  test('the table has a header, a separator and one row per page, every row with the same ten columns', () => {
    const text = table([summarize(runs()), summarize(runs({}, {}, { cls: 0.002 }))]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    const columns = (line: string) => line.split('|').length - 2;
    expect(lines.map(columns)).toEqual([10, 10, 10, 10]);
    expect(lines[0]).toContain('agentic browsing');
    expect(lines[2]).toBe(
      '| `/cheat-sheet/` | 100 (100, 100, 100) | 100 | 100 | 100 | 100 | 1.10 s | 0 ms | 0 | 12.5 KiB |',
    );
    expect(lines[3]).toContain('| 0.002 |');
  });

  test('failures says so when every page clears the bar, and lists each page below it', () => {
    expect(failures([summarize(runs())])).toBe('Every page clears the bar.');
    const text = failures([
      summarize(runs()),
      summarize(
        runs({
          scores: { accessibility: 96 },
          audits: [audit('color-contrast', { score: 0 })],
          refs: { accessibility: ['color-contrast'] },
        }),
      ),
    ]);
    expect(text).toBe(
      '- `/cheat-sheet/`: accessibility 96 < 100\n  - accessibility: `color-contrast` color-contrast title',
    );
  });
});

describe('transfers', () => {
  const requests = [
    { url: 'http://localhost:4340/study/', transferSize: 8496, resourceType: 'Document' },
    { url: 'http://localhost:4340/_astro/client.js', transferSize: 66223, resourceType: 'Script' },
    { url: 'http://localhost:4340/favicon.svg?v=1', transferSize: 519, resourceType: 'Other' },
    // Lighthouse lists a request it has no size for (a cancelled one) without transferSize.
    'http://localhost:4340/_astro/cancelled.js',
  ];
  const page: PageRuns = (() => {
    const run = lhr({ url: 'http://localhost:4340/study/', requests });
    return { path: '/study/', full: run, perf: [run] };
  })();

  test("lists the median run's requests, largest first, by path on the page's own origin", () => {
    expect(transfers(page)).toEqual([
      { url: '/_astro/client.js', type: 'Script', bytes: 66223 },
      { url: '/study/', type: 'Document', bytes: 8496 },
      { url: '/favicon.svg?v=1', type: 'Other', bytes: 519 },
    ]);
  });

  test('writes a table per page with its total', () => {
    const text = transferTables([page]);
    expect(text).toContain('### `/study/`: 73.5 KiB in 3 requests');
    expect(text).toContain('| 66223 | Script | `/_astro/client.js` |');
    expect(text.indexOf('client.js')).toBeLessThan(text.indexOf('favicon.svg'));
  });
});
