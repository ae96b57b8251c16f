import { describe, expect, it } from 'vitest';
import { missingQuestionMessage, numberMismatch, parseQuestionFile, questionFileProblems } from './content-rules';

describe('parseQuestionFile', () => {
  it('reads the number and slug of a well-formed name', () => {
    expect(parseQuestionFile('10-authentication.mdx')).toEqual({ number: 10, slug: '10-authentication' });
  });
  it('rejects malformed names', () => {
    for (const name of ['10_authentication.mdx', '1-auth.mdx', '10-Auth.mdx', '10-auth.md', '10-.mdx']) {
      expect(parseQuestionFile(name)).toBeNull();
    }
  });
});

describe('questionFileProblems', () => {
  it('accepts 17 distinct numbers', () => {
    const names = Array.from({ length: 17 }, (_, i) => `${String(i + 1).padStart(2, '0')}-q.mdx`);
    expect(questionFileProblems(names)).toEqual([]);
  });
  it('names the file for a number out of range, a duplicate and a malformed name', () => {
    const problems = questionFileProblems(['01-a.mdx', '18-b.mdx', '01-c.mdx', 'x.mdx']);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('content/questions/18-b.mdx');
    expect(problems[0]).toContain('outside 1–17');
    expect(problems[1]).toContain('01-c.mdx');
    expect(problems[1]).toContain('used twice (also 01-a.mdx)');
    expect(problems[2]).toContain('x.mdx');
  });
  it('rejects question 00', () => {
    expect(questionFileProblems(['00-zero.mdx'])[0]).toContain('outside');
  });
});

describe('numberMismatch', () => {
  it('is null when frontmatter and file name agree', () => {
    expect(numberMismatch('content/questions/03-data-persistence.mdx', 3)).toBeNull();
  });
  it('names the file and the field when they disagree', () => {
    const message = numberMismatch('content/questions/03-data-persistence.mdx', 4);
    expect(message).toContain('content/questions/03-data-persistence.mdx');
    expect(message).toContain('field "number" is 4');
  });
  it('reports a missing number', () => {
    expect(numberMismatch('content/questions/03-x.mdx', undefined)).toContain('field "number" is undefined');
  });
});

describe('missingQuestionMessage', () => {
  it('names the question and the expected file', () => {
    expect(missingQuestionMessage(18)).toBe(
      'points at question 18, which does not exist (content/questions has no 18-*.mdx)',
    );
  });
});
