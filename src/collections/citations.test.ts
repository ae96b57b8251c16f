import { describe, expect, it } from 'vitest';
import { CitationSchema, citationProblem } from './citations';

describe('citations', () => {
  it('resolve a question section, a worked-example step, a checklist item, a question page', () => {
    expect(citationProblem({ question: 5, section: 'mid-server-required-when' })).toBeNull();
    expect(citationProblem({ question: 10, section: 'references' })).toBeNull();
    expect(citationProblem({ example: 17 })).toBeNull();
    expect(citationProblem({ checklist: 'fallback-options-identified' })).toBeNull();
    expect(citationProblem({ question: 17 })).toBeNull();
  });
  it('say what is missing', () => {
    expect(citationProblem({ question: 5, section: 'mid-server-needed' })).toMatch(
      /^section "mid-server-needed" is not a heading of question 5 \(its anchors: why-this-matters, /,
    );
    expect(citationProblem({ question: 18 })).toMatch(/question 18 does not exist/);
    expect(citationProblem({ example: 40 })).toMatch(/example step Q40/);
    expect(citationProblem({ checklist: 'nope' })).toMatch(/checklist item "nope"/);
  });
  it('the schema refuses a dangling citation and an unknown shape', () => {
    expect(CitationSchema.safeParse({ question: 3, section: 'servicenow-options' }).success).toBe(true);
    expect(CitationSchema.safeParse({ question: 3, section: 'options' }).success).toBe(false);
    expect(CitationSchema.safeParse({ page: 'x' }).success).toBe(false);
  });
});
