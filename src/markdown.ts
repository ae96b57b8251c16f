import { getEntry } from 'astro:content';
import { getChecklist, getOrdered, getQuestions } from './data';
import { markdownTable, mdxToMarkdown, questionMarkdown } from './lib/markdown-twin';
import { architecture } from './lib/diagram/architecture';
import { presetDiagram } from './lib/diagram/design';
import { mermaidFlowchart } from './lib/diagram/mermaid';
import { withBase } from './lib/paths';
import { getGlossary } from './glossary';

// The Markdown twins of the content pages, built from the same collections as the HTML.

type QuestionEntry = Awaited<ReturnType<typeof getQuestions>>[number];

/** URL of a site path, base included: absolute on the deploy origin (SITE_URL), site-relative in a build without one. */
export function absolute(path: string, site: URL | undefined): string {
  const based = withBase(import.meta.env.BASE_URL, path);
  return site ? new URL(based, site).href : based;
}

/** The worked example's architecture as a fenced Mermaid flowchart (the page draws it as SVG). */
async function exampleDiagram(): Promise<string> {
  const preset = await getEntry('decisionPresets', 'hr-itsm');
  const model = architecture(presetDiagram(preset?.data ?? { answers: [] }), 'HR to ITSM Integration Architecture');
  return `\`\`\`mermaid\n${mermaidFlowchart(model)}\n\`\`\``;
}

async function components(site: URL | undefined): Promise<Record<string, string>> {
  const stages = await getOrdered('patternEvolution');
  return {
    PatternEvolution: `\`\`\`\n${stages.map((s) => s.data.name).join(' → ')}\n\`\`\``,
    ArchitectureDiagram: `**HR to ITSM Integration Architecture** (diagram: ${absolute('/example/hr-itsm/', site)})\n\n${await exampleDiagram()}`,
  };
}

/** One question as Markdown. */
export async function questionMd(q: QuestionEntry, site: URL | undefined, level = 1): Promise<string> {
  const body = mdxToMarkdown(q.body ?? '', await components(site));
  return questionMarkdown(
    { number: q.number, title: q.data.title, why: q.data.why, references: q.data.references, body },
    level,
  );
}

async function snippet(id: string): Promise<string> {
  return mdxToMarkdown((await getEntry('snippets', id))?.body ?? '');
}

/** The 9 patterns section. */
export async function patternsMd(level = 1): Promise<string> {
  const patterns = await getOrdered('patterns');
  const table = markdownTable(
    ['Pattern', 'Description', 'ServiceNow Example'],
    patterns.map((p) => [`**${p.data.name}**`, p.data.description, p.data.example]),
  );
  return [
    `${'#'.repeat(level)} The 9 Architectural Patterns Reference`,
    await snippet('patterns-intro'),
    table,
    await snippet('patterns-reference'),
  ].join('\n\n');
}

/** The checklist as a Markdown task list. */
export async function checklistMd(level = 1): Promise<string> {
  const groups = await getChecklist();
  const sub = '#'.repeat(level + 1);
  return [
    `${'#'.repeat(level)} Integration Design Checklist`,
    await snippet('checklist'),
    ...groups.map((g) => `${sub} ${g.data.title}\n\n${g.data.items.map((i) => `-   [ ] ${i.text}`).join('\n')}`),
  ].join('\n\n');
}

/** The decision flow as the seed's code block. */
export async function flowMd(level = 1): Promise<string> {
  // Step N of the decision flow is question N.
  const lines = (await getQuestions()).map((q) => `${q.number}. ${q.data.step}`);
  return [`${'#'.repeat(level)} Quick Reference: Decision Flow`, `\`\`\`\n${lines.join('\n       ↓\n')}\n\`\`\``].join(
    '\n\n',
  );
}

/** Further reading in its three groups. */
export async function furtherReadingMd(level = 1): Promise<string> {
  const groups = await getOrdered('furtherReading');
  const sub = '#'.repeat(level + 1);
  return [
    `${'#'.repeat(level)} Further Reading`,
    ...groups.map(
      (g) =>
        `${sub} ${g.data.title}\n\n${g.data.links.map((l) => `-   [${l.title}](${l.url})${l.note ? ` — ${l.note}` : ''}`).join('\n')}`,
    ),
  ].join('\n\n');
}

/** The worked example. */
export async function exampleMd(site: URL | undefined, level = 1): Promise<string> {
  const entry = await getEntry('example', 'hr-itsm');
  const body = mdxToMarkdown(entry?.body ?? '', await components(site));
  const shifted =
    level > 1 ? body.replace(/^(#{2,5}) /gm, (_, h: string) => `${'#'.repeat(h.length + level - 1)} `) : body;
  return [`${'#'.repeat(level)} ${entry?.data.title ?? 'Worked Example'}`, shifted].join('\n\n');
}

/** The whole cheat sheet, in the seed's order and shape. */
export async function cheatSheetMd(site: URL | undefined): Promise<string> {
  const questions = await getQuestions();
  const parts = [
    '# ServiceNow Integration Design: A CTA Cheat Sheet',
    await snippet('intro'),
    '## The Integration Design Decision Framework',
    ...(await Promise.all(questions.map((q) => questionMd(q, site, 3)))),
    await patternsMd(2),
    await checklistMd(2),
    await flowMd(2),
    await furtherReadingMd(2),
    await exampleMd(site, 2),
    await snippet('disclaimer'),
  ];
  return `${parts.join('\n\n---\n\n')}\n`;
}

/** A Markdown response. */
export function markdownResponse(text: string): Response {
  return new Response(text.endsWith('\n') ? text : `${text}\n`, {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
}

/** The glossary as Markdown: each term with its definition, where it comes from and the sections using it. */
export async function glossaryMd(site: URL | undefined): Promise<string> {
  const entries = [...(await getGlossary())].sort((a, b) =>
    a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
  );
  const link = (l: { href: string; label: string }) => `[${l.label}](${absolute(l.href, site)})`;
  return [
    '# Glossary',
    `The framework's ${entries.length} terms, each defined in the cheat sheet's own words, with the section it comes from and every section that uses it.`,
    ...entries.map((e) =>
      [
        `## ${e.term}`,
        e.aliases.length > 0 ? `Also: ${e.aliases.join(', ')}` : '',
        e.definition,
        `From ${link(e.defined)}.`,
        e.usedIn.length > 0 ? `Used in: ${e.usedIn.map(link).join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
  ].join('\n\n');
}
