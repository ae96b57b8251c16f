// Test fixtures (imported by the *.test.ts files only): the real checklist content and a known review.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ChecklistGroup } from './model';
import type { ChecklistDocument, Review } from './schema';

interface YamlGroup {
  id: string;
  title: string;
  items: { id: string; text: string; questions: number[] }[];
}

/** content/checklist.yaml as the page hands it to the island. */
export function contentGroups(): ChecklistGroup[] {
  const groups = parse(
    readFileSync(new URL('../../../content/checklist.yaml', import.meta.url), 'utf8'),
  ) as YamlGroup[];
  return groups.map((g) => ({
    id: g.id,
    title: g.title,
    items: g.items.map((i) => ({
      id: i.id,
      text: i.text,
      questions: i.questions.map((n) => ({ number: n, title: `Question ${n}`, href: `/questions/${n}/` })),
    })),
  }));
}

/** A review with ticks, a not-applicable item, notes, and a tick on an item the content no longer has. */
export const KNOWN_REVIEW: Review = {
  id: 'r1',
  name: 'HR sync — design review 30 Nov',
  createdAt: '2025-11-30T09:00:00.000Z',
  updatedAt: '2025-11-30T10:15:30.000Z',
  items: {
    'business-requirement-clearly-defined': { status: 'done' },
    'data-flow-directions-documented': { status: 'done', note: 'HR → ITSM only.\nNo write-back.' },
    'fallback-options-identified': { status: 'na' },
    'authentication-method-selected': { status: 'done', note: 'OAuth 2.0 client credentials' },
    'rate-limiting-considered': { note: '=HYPERLINK("x") check with the HR team, "soon"' },
    'an-item-removed-from-the-content': { status: 'done', note: 'kept' },
  },
};

/** A document holding the known review and a second, empty one. */
export const KNOWN_DOCUMENT: ChecklistDocument = {
  version: 3,
  activeId: 'r1',
  items: [
    KNOWN_REVIEW,
    {
      id: 'r2',
      name: 'Second',
      createdAt: '2025-12-01T08:00:00.000Z',
      updatedAt: '2025-12-01T08:00:00.000Z',
      items: {},
    },
  ],
};

/** The exact Markdown export of KNOWN_REVIEW: pinned once, checked by the unit test and the e2e copy/download. */
export const KNOWN_REVIEW_MARKDOWN = `# HR sync — design review 30 Nov

Created 2025-11-30 09:00 UTC · last changed 2025-11-30 10:15 UTC · 3 of 20 done, 1 not applicable

## Planning

- [x] Business requirement clearly defined
- [x] Data flow direction(s) documented
  > HR → ITSM only.
  > No write-back.
- [ ] SLAs for data freshness established
- [ ] Failure scenarios identified
- [ ] ~~Fallback options identified (if API unavailable)~~ (not applicable)

## Architecture

- [ ] Native solution evaluated first
- [ ] Data persistence decision justified
- [ ] Network topology mapped
- [ ] MID Server requirements identified
- [ ] Protocol selection documented
- [ ] Event-driven architecture evaluated (if Kafka exists)
- [ ] UI integration needs assessed

## Implementation

- [x] Authentication method selected
  > OAuth 2.0 client credentials
- [ ] Error handling strategy defined
- [ ] Retry policies configured
- [ ] Idempotency implemented where needed
- [ ] Rate limiting considered
  > =HYPERLINK("x") check with the HR team, "soon"

## Operations

- [ ] Monitoring and alerting configured
- [ ] Logging strategy implemented
- [ ] Runbook for common failures created
- [ ] Upgrade impact assessed
`;
