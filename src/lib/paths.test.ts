import { describe, expect, it } from 'vitest';
import { isExternal, questionPath, stripBase, withBase } from './paths';

describe('withBase', () => {
  it('joins a root base and a path', () => {
    expect(withBase('/', '/patterns/')).toBe('/patterns/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('joins a sub-path base with or without trailing slash', () => {
    expect(withBase('/integration-design/', '/patterns/')).toBe('/integration-design/patterns/');
    expect(withBase('/integration-design', '/patterns/')).toBe('/integration-design/patterns/');
    expect(withBase('/integration-design/', '/')).toBe('/integration-design/');
  });
  it('adds a missing leading slash and keeps a fragment', () => {
    expect(withBase('/base/', 'flow/#step-3')).toBe('/base/flow/#step-3');
  });
});

describe('stripBase', () => {
  it('removes the base and normalises the trailing slash', () => {
    expect(stripBase('/integration-design/', '/integration-design/questions/10-authentication/')).toBe(
      '/questions/10-authentication/',
    );
    expect(stripBase('/', '/patterns')).toBe('/patterns/');
    expect(stripBase('/integration-design/', '/integration-design/')).toBe('/');
  });
  it('round-trips with withBase', () => {
    for (const path of ['/', '/cheat-sheet/', '/questions/01-business-requirement/']) {
      expect(stripBase('/x/', withBase('/x/', path))).toBe(path);
    }
  });
});

describe('isExternal and questionPath', () => {
  it('recognises absolute http(s) links only', () => {
    expect(isExternal('https://www.servicenow.com/')).toBe(true);
    expect(isExternal('HTTP://example.org')).toBe(true);
    expect(isExternal('/patterns/')).toBe(false);
    expect(isExternal('#references')).toBe(false);
    expect(isExternal('mailto:a@b.c')).toBe(false);
  });
  it('builds a question URL from its id', () => {
    expect(questionPath('10-authentication')).toBe('/questions/10-authentication/');
  });
});
