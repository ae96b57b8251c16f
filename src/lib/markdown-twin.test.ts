import { describe, expect, it } from 'vitest';
import { llmsTxt, markdownTable, mdxToMarkdown, questionMarkdown, referencesBlock } from './markdown-twin';

describe('mdxToMarkdown', () => {
  it('drops imports, replaces components and unescapes', () => {
    const body = "import X from '../x.astro';\n\n## Pattern Evolution\n\n<X />\n\nTransaction is fast (\\<5 seconds)";
    expect(mdxToMarkdown(body, { X: '`A → B`' })).toBe(
      '## Pattern Evolution\n\n`A → B`\n\nTransaction is fast (<5 seconds)',
    );
  });
  it('keeps the content of a wrapper component and drops its tags', () => {
    const body = '## Summary\n\n<ZoomableFigure label="Architecture">\n  <X />\n</ZoomableFigure>\n\nAfter.';
    expect(mdxToMarkdown(body, { X: '**Diagram**' })).toBe('## Summary\n\n**Diagram**\n\nAfter.');
  });
  it('leaves unknown components visible rather than dropping content silently', () => {
    expect(mdxToMarkdown('<Unknown />')).toBe('<Unknown />');
  });
});

describe('questionMarkdown', () => {
  const q = {
    number: 10,
    title: 'What Authentication Method Is Appropriate?',
    why: 'Security.',
    references: [{ title: 'A', url: 'https://a.example/' }],
    body: '## Best Practices\n\n- Rotate',
  };
  it('writes the seed’s shape', () => {
    expect(questionMarkdown(q)).toBe(
      '# Question 10: What Authentication Method Is Appropriate?\n\n**Why this matters:** Security.\n\n## Best Practices\n\n- Rotate\n\n> **Reference:** [A](https://a.example/)',
    );
  });
  it('nests under a deeper heading level', () => {
    expect(questionMarkdown(q, 3)).toContain('### Question 10');
    expect(questionMarkdown(q, 3)).toContain('#### Best Practices');
  });
  it('lists several references', () => {
    expect(referencesBlock([q.references[0]!, { title: 'B', url: 'https://b.example/' }])).toBe(
      '> **References:**\n>\n> -   [A](https://a.example/)\n> -   [B](https://b.example/)',
    );
  });
});

describe('markdownTable and llmsTxt', () => {
  it('escapes pipes in cells', () => {
    expect(markdownTable(['A', 'B'], [['x | y', 'z']])).toBe('| A | B |\n| --- | --- |\n| x \\| y | z |');
  });
  it('writes the llms.txt layout', () => {
    expect(
      llmsTxt('T', 'Summary.', 'Details.', [
        { title: 'Docs', entries: [{ title: 'Q1', url: 'https://s/q1.md', note: 'First.' }] },
      ]),
    ).toBe('# T\n\n> Summary.\n\nDetails.\n\n## Docs\n\n- [Q1](https://s/q1.md): First.\n');
  });
});
