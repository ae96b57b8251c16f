import { describe, expect, it } from 'vitest';
import { sourceLink, type SourceTargets } from './sources';

describe('sourceLink', () => {
  const targets: SourceTargets = {
    questions: new Map([
      [
        11,
        {
          path: '/questions/11-error-handling/',
          number: 11,
          title: 'How Will Errors Be Handled?',
          headings: [{ slug: 'idempotency-design', text: 'Idempotency Design' }],
        },
      ],
    ]),
    patterns: new Map([['pub-sub', 'Pub-Sub']]),
    checklist: new Map([['retry-policies-configured', 'Retry policies configured']]),
    example: {
      path: '/example/hr-itsm/',
      headings: [{ slug: 'q9-inbound-data-processing', text: 'Q9: Inbound Data Processing?' }],
    },
  };
  it('links each kind of source to its section, with a label naming it', () => {
    expect(sourceLink({ question: 11, section: 'idempotency-design' }, targets)).toEqual({
      href: '/questions/11-error-handling/#idempotency-design',
      label: 'Question 11 › Idempotency Design',
    });
    expect(sourceLink({ question: 11 }, targets)).toEqual({
      href: '/questions/11-error-handling/',
      label: 'Question 11: How Will Errors Be Handled?',
    });
    expect(sourceLink({ pattern: 'pub-sub' }, targets)).toEqual({
      href: '/patterns/#pub-sub',
      label: 'Architectural patterns › Pub-Sub',
    });
    expect(sourceLink({ checklist: 'retry-policies-configured' }, targets)).toEqual({
      href: '/checklist/#retry-policies-configured',
      label: 'Design-review checklist › Retry policies configured',
    });
    expect(sourceLink({ example: 9 }, targets)).toEqual({
      href: '/example/hr-itsm/#q9-inbound-data-processing',
      label: 'Worked example › Q9: Inbound Data Processing?',
    });
  });
  it('explains a section anchor that is not a heading of the page, listing the ones that are', () => {
    expect(sourceLink({ question: 11, section: 'idempotency' }, targets)).toEqual({
      problem: 'section "idempotency" is not a heading of question 11 (its anchors: idempotency-design)',
    });
  });
  it('names what a dangling source points at and the file that lacks it', () => {
    expect(sourceLink({ example: 1 }, targets)).toEqual({
      problem: 'the worked example has no step Q1 (content/example/hr-itsm.mdx has no "## Q1:" heading)',
    });
    expect(sourceLink({ question: 2 }, targets)).toEqual({
      problem: 'question 2 does not exist (content/questions has no 02-*.mdx)',
    });
    expect(sourceLink({ pattern: 'pubsub' }, targets)).toEqual({
      problem: 'pattern "pubsub" is not a pattern id in content/patterns.yaml',
    });
    expect(sourceLink({ checklist: 'retry' }, targets)).toEqual({
      problem: 'checklist item "retry" is not an item id in content/checklist.yaml',
    });
  });
});
