import { describe, expect, it } from 'vitest';
import { exampleStepNumbers, sourceLink, sourceProblem, type KnownSources, type SourceTargets } from './sources';

const known: KnownSources = {
  questions: new Set([1, 11]),
  patterns: new Set(['pub-sub']),
  checklist: new Set(['retry-policies-configured']),
  exampleSteps: new Set([9]),
};

describe('sourceProblem', () => {
  it('accepts sources that exist', () => {
    expect(sourceProblem({ question: 11 }, known)).toBeNull();
    expect(sourceProblem({ question: 11, section: 'anything' }, known)).toBeNull();
    expect(sourceProblem({ pattern: 'pub-sub' }, known)).toBeNull();
    expect(sourceProblem({ checklist: 'retry-policies-configured' }, known)).toBeNull();
    expect(sourceProblem({ example: 9 }, known)).toBeNull();
  });
  it('names what a dangling source points at and the file that lacks it', () => {
    expect(sourceProblem({ question: 18 }, known)).toBe('source question 18 does not exist (content/questions has no 18-*.mdx)');
    expect(sourceProblem({ pattern: 'pubsub' }, known)).toBe('source pattern "pubsub" is not a pattern id in content/patterns.yaml');
    expect(sourceProblem({ checklist: 'retry' }, known)).toBe('source checklist item "retry" is not an item id in content/checklist.yaml');
    expect(sourceProblem({ example: 3 }, known)).toMatch(/^source example step Q3 is not a step of the worked example/);
  });
});

describe('exampleStepNumbers', () => {
  it('reads the "## Q<N>:" headings of the worked example', () => {
    expect(exampleStepNumbers('intro\n\n## Q1: Business\n\ntext ## Q5: not a heading\n## Q12: Scale\n### Q13: too deep\n')).toEqual([1, 12]);
  });
});

describe('sourceLink', () => {
  const targets: SourceTargets = {
    questions: new Map([
      [11, { path: '/questions/11-error-handling/', number: 11, title: 'How Will Errors Be Handled?', headings: [{ slug: 'idempotency-design', text: 'Idempotency Design' }] }],
    ]),
    patterns: new Map([['pub-sub', 'Pub-Sub']]),
    checklist: new Map([['retry-policies-configured', 'Retry policies configured']]),
    example: { path: '/example/hr-itsm/', headings: [{ slug: 'q9-inbound-data-processing', text: 'Q9: Inbound Data Processing?' }] },
  };
  it('links each kind of source to its section, with a label naming it', () => {
    expect(sourceLink({ question: 11, section: 'idempotency-design' }, targets)).toEqual({
      href: '/questions/11-error-handling/#idempotency-design',
      label: 'Question 11 › Idempotency Design',
    });
    expect(sourceLink({ question: 11 }, targets)).toEqual({ href: '/questions/11-error-handling/', label: 'Question 11: How Will Errors Be Handled?' });
    expect(sourceLink({ pattern: 'pub-sub' }, targets)).toEqual({ href: '/patterns/#pub-sub', label: 'Architectural patterns › Pub-Sub' });
    expect(sourceLink({ checklist: 'retry-policies-configured' }, targets)).toEqual({
      href: '/checklist/#retry-policies-configured',
      label: 'Design-review checklist › Retry policies configured',
    });
    expect(sourceLink({ example: 9 }, targets)).toEqual({ href: '/example/hr-itsm/#q9-inbound-data-processing', label: 'Worked example › Q9: Inbound Data Processing?' });
  });
  it('explains a section anchor that is not a heading of the page, listing the ones that are', () => {
    expect(sourceLink({ question: 11, section: 'idempotency' }, targets)).toEqual({
      problem: 'section "idempotency" is not a heading of question 11 (its anchors: idempotency-design)',
    });
    expect(sourceLink({ example: 1 }, targets)).toEqual({ problem: 'the worked example has no step Q1' });
    expect(sourceLink({ question: 2 }, targets)).toEqual({ problem: 'question 2 does not exist' });
  });
});
