/** One link in the sidebar. */
export interface NavLink {
  label: string;
  href: string;
}

/** A titled group of sidebar links. */
export interface NavGroup {
  label: string;
  links: NavLink[];
}

/** The site's sidebar: guides, then the tools (in view without scrolling), the 17 questions in order, references. */
export function buildNav(
  questions: readonly { id: string; number: number; step: string }[],
  stepLabel: (step: string) => string,
): NavGroup[] {
  return [
    {
      label: 'Start here',
      links: [
        { label: 'Overview', href: '/' },
        { label: 'The whole cheat sheet', href: '/cheat-sheet/' },
      ],
    },
    {
      label: 'Tools',
      links: [
        { label: 'Design-review checklist', href: '/checklist/' },
        { label: 'Decision flow', href: '/flow/' },
        { label: 'Study deck', href: '/study/' },
      ],
    },
    {
      label: 'The 17 questions',
      links: questions.map((q) => ({ label: `${q.number}. ${stepLabel(q.step)}`, href: `/questions/${q.id}/` })),
    },
    {
      label: 'Reference',
      links: [
        { label: 'Architectural patterns', href: '/patterns/' },
        { label: 'Worked example: HR → ITSM', href: '/example/hr-itsm/' },
        { label: 'Practice cases', href: '/cases/' },
        { label: 'Further reading', href: '/further-reading/' },
        { label: 'Glossary', href: '/glossary/' },
      ],
    },
  ];
}

/** True when `href` is the current page (both are base-less paths ending in "/"). */
export function isCurrent(href: string, current: string): boolean {
  return href === current;
}
