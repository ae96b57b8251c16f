import { describe, expect, it } from 'vitest';
import { buildNav, isCurrent } from './nav';
import { stepLabel } from './questions';

describe('buildNav', () => {
  const questions = [
    { id: '01-business-requirement', number: 1, step: 'Business Need → What problem are we solving?' },
    { id: '02-native-solution', number: 2, step: 'Native Solution? → Check Store, Spokes, Zero Copy' },
  ];
  const nav = buildNav(questions, stepLabel);

  it('lists every question, numbered, under "The 17 questions"', () => {
    const group = nav.find((g) => g.label === 'The 17 questions');
    expect(group?.links).toEqual([
      { label: '1. Business Need', href: '/questions/01-business-requirement/' },
      { label: '2. Native Solution?', href: '/questions/02-native-solution/' },
    ]);
  });
  it('links the tools and references with trailing slashes', () => {
    const hrefs = nav.flatMap((g) => g.links.map((l) => l.href));
    expect(hrefs).toContain('/checklist/');
    expect(hrefs).toContain('/flow/');
    expect(hrefs).toContain('/study/');
    expect(hrefs).toContain('/patterns/');
    expect(hrefs.every((h) => h.endsWith('/'))).toBe(true);
  });
  it('lists the study deck among the tools, after the checklist and the flow', () => {
    const tools = nav.find((g) => g.label === 'Tools');
    expect(tools?.links.at(-1)).toEqual({ label: 'Study deck', href: '/study/' });
  });
  it('puts the tools right after "Start here", above the 17 questions', () => {
    expect(nav.map((g) => g.label)).toEqual(['Start here', 'Tools', 'The 17 questions', 'Reference']);
  });
  it('marks only the exact current page', () => {
    expect(isCurrent('/patterns/', '/patterns/')).toBe(true);
    expect(isCurrent('/', '/patterns/')).toBe(false);
  });
});
