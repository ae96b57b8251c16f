import { describe, expect, it } from 'vitest';
import { readShareFragment } from '../share';
import { formatUtc } from '../dates';
import { csvCell } from '../export-text';
import { exportFileName, reviewExport, reviewShareLink, reviewToCsv, reviewToJson, reviewToMarkdown } from './export';
import { KNOWN_REVIEW, KNOWN_REVIEW_MARKDOWN, contentGroups } from './fixtures';

const groups = contentGroups();

describe('Markdown', () => {
  it('is a GitHub task list with the name, dates, progress, groups and quoted notes (exact text)', () => {
    expect(reviewToMarkdown(groups, KNOWN_REVIEW)).toBe(KNOWN_REVIEW_MARKDOWN);
  });

  it('keeps notes and names as text: HTML is escaped, blank note lines stay quoted', () => {
    const md = reviewToMarkdown(groups, {
      ...KNOWN_REVIEW,
      name: '<b>Bold</b> \\<i>',
      items: { 'rate-limiting-considered': { note: '<img src=x onerror=alert(1)>\n\nC:\\temp' } },
    });
    expect(md.startsWith('# \\<b>Bold\\</b> \\\\\\<i>\n')).toBe(true);
    expect(md).toContain('- [ ] Rate limiting considered\n  > \\<img src=x onerror=alert(1)>\n  >\n  > C:\\temp\n');
  });

  it('follows content edits: a renamed item keeps its tick and note, an added one starts open', () => {
    const edited = groups.map((g) =>
      g.id !== 'implementation'
        ? g
        : {
            ...g,
            items: [
              ...g.items.map((i) =>
                i.id === 'authentication-method-selected'
                  ? { ...i, text: 'Authentication method chosen and documented' }
                  : i,
              ),
              { id: 'secrets-rotated', text: 'Secrets rotation planned', questions: [] },
            ],
          },
    );
    const md = reviewToMarkdown(edited, KNOWN_REVIEW);
    expect(md).toContain('- [x] Authentication method chosen and documented\n  > OAuth 2.0 client credentials\n');
    expect(md).toContain('- [ ] Secrets rotation planned\n');
    expect(md).toContain('3 of 21 done, 1 not applicable');
  });

  it('formats times in UTC and leaves unreadable ones as they are', () => {
    expect(formatUtc('2025-11-30T23:59:59+02:00')).toBe('2025-11-30 21:59 UTC');
    expect(formatUtc('soon')).toBe('soon');
  });
});

describe('CSV', () => {
  it('has a header and one row per item, RFC 4180 quoted, with CRLF line ends', () => {
    const csv = reviewToCsv(groups, KNOWN_REVIEW);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Group,Item ID,Item,Status,Note,Risk,Owner,Due');
    expect(lines[1]).toBe(
      'Planning,business-requirement-clearly-defined,Business requirement clearly defined,done,,,,',
    );
    expect(lines[2]).toBe(
      'Planning,data-flow-directions-documented,Data flow direction(s) documented,done,"HR → ITSM only.\nNo write-back.",,,',
    );
    expect(lines[5]).toBe(
      'Planning,fallback-options-identified,Fallback options identified (if API unavailable),not applicable,,,,',
    );
    expect(csv).toContain(
      '\r\nImplementation,rate-limiting-considered,Rate limiting considered,open,"\'=HYPERLINK(""x"") check with the HR team, ""soon""",,,\r\n',
    );
    expect(csv.endsWith('Operations,upgrade-impact-assessed,Upgrade impact assessed,open,,,,\r\n')).toBe(true);
    expect(lines).toHaveLength(1 + 21 + 1);
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'a=b'].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      'a=b',
    ]);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('')).toBe('');
  });
});

describe('findings and added items', () => {
  const review = {
    ...KNOWN_REVIEW,
    items: {
      ...KNOWN_REVIEW.items,
      'rate-limiting-considered': { risk: 'high' as const, owner: '<b>Ana</b>', due: '2026-12-31', note: 'Check' },
      'added-a': { status: 'done' as const, risk: 'medium' as const },
    },
    added: [{ id: 'added-a', text: 'Vendor <i>sign-off</i>', group: 'planning', question: 1 }],
  };
  it('Markdown counts high and medium risks, writes each finding under its item and the own items in their group, escaped', () => {
    const md = reviewToMarkdown(groups, review);
    expect(md).toContain('4 of 21 done, 1 not applicable · 1 high risk, 1 medium risk\n');
    expect(md).toContain(
      '- [ ] Rate limiting considered\n  - Risk: high · Owner: \\<b>Ana\\</b> · Due: 2026-12-31\n  > Check\n',
    );
    expect(md).toContain(
      '- [x] Vendor \\<i>sign-off\\</i> (added to this review)\n  - Risk: medium\n\n## Architecture',
    );
  });
  it('CSV has a row for the added item and the finding columns', () => {
    const csv = reviewToCsv(groups, review);
    expect(csv).toContain('\r\nPlanning,added-a,Vendor <i>sign-off</i>,done,,medium,,\r\n');
    expect(csv).toContain(',open,Check,high,<b>Ana</b>,2026-12-31\r\n');
  });
});

describe('JSON', () => {
  it('carries the format, version, export time and the whole review (removed items included)', () => {
    const json = reviewToJson(KNOWN_REVIEW, '2026-01-01T00:00:00.000Z');
    expect(JSON.parse(json)).toEqual({
      format: 'cta-integration-checklist-review',
      version: 2,
      exportedAt: '2026-01-01T00:00:00.000Z',
      review: KNOWN_REVIEW,
    });
    expect(json.endsWith('}\n')).toBe(true);
    expect(reviewExport(KNOWN_REVIEW, 'x').review).toBe(KNOWN_REVIEW);
  });
});

describe('share links and file names', () => {
  it('carry the export in the fragment, under the base path', () => {
    const link = reviewShareLink('https://example.org', '/docs/', KNOWN_REVIEW, '2026-01-01T00:00:00.000Z');
    expect(link.startsWith('https://example.org/docs/checklist/#review=')).toBe(true);
    const read = readShareFragment(new URL(link).hash, 'review');
    expect(read?.ok && JSON.parse(read.json)).toEqual(reviewExport(KNOWN_REVIEW, '2026-01-01T00:00:00.000Z'));
    expect(
      reviewShareLink('http://localhost:4322', '/', KNOWN_REVIEW, 'x').startsWith(
        'http://localhost:4322/checklist/#review=',
      ),
    ).toBe(true);
    expect(exportFileName(KNOWN_REVIEW, 'md')).toBe('hr-sync-design-review-30-nov.md');
  });
});
