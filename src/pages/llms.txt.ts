import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { getQuestions } from '../data';
import { llmsTxt } from '../lib/markdown-twin';
import { plainText } from '../lib/inline-markdown';
import { absolute } from '../markdown';

/** /llms.txt: the site for AI assistants (llmstxt.org), every page with its Markdown twin. */
export const GET: APIRoute = async ({ site }) => {
  const questions = await getQuestions();
  const intro = (await getEntry('snippets', 'intro'))?.body?.trim() ?? '';
  const text = llmsTxt(
    'ServiceNow Integration Design: A CTA Cheat Sheet',
    'A 17-question decision framework for ServiceNow integration design, with 9 architectural patterns, a 21-item design-review checklist, a 17-step decision flow and a worked example (HR to ITSM employee sync), for Certified Technical Architects and candidates.',
    `${intro}\n\nEvery page has a Markdown twin at the same path with ".md" (the links below point at them). The whole sheet in one file: ${absolute('/cheat-sheet.md', site)}`,
    [
      {
        title: 'The 17 questions',
        entries: questions.map((q) => ({
          title: `Question ${q.number}: ${q.data.title}`,
          url: absolute(`/questions/${q.id}.md`, site),
          note: plainText(q.data.why),
        })),
      },
      {
        title: 'Reference',
        entries: [
          {
            title: 'The whole cheat sheet',
            url: absolute('/cheat-sheet.md', site),
            note: 'Everything on one page, in the original order.',
          },
          {
            title: 'The 9 Architectural Patterns Reference',
            url: absolute('/patterns.md', site),
            note: 'Patterns for data and communication flow with their ServiceNow examples, and the pattern evolution chain.',
          },
          {
            title: 'Quick Reference: Decision Flow',
            url: absolute('/flow.md', site),
            note: 'The 17 steps from business need to fallback.',
          },
          {
            title: 'Integration Design Checklist',
            url: absolute('/checklist.md', site),
            note: 'The 21 design-review items in four groups.',
          },
          {
            title: 'Worked Example: HR to ITSM Employee Sync',
            url: absolute('/example/hr-itsm.md', site),
            note: 'The framework applied step by step, with the key decisions summarized.',
          },
          {
            title: 'Glossary',
            url: absolute('/glossary.md', site),
            note: "The framework's terms in the cheat sheet's own words, with the sections that use each.",
          },
          {
            title: 'Further Reading',
            url: absolute('/further-reading.md', site),
            note: 'Official ServiceNow resources, community articles and CTA preparation.',
          },
        ],
      },
      {
        title: 'Optional',
        entries: [
          {
            title: 'Design-review checklist tool',
            url: absolute('/checklist/', site),
            note: 'Interactive: named reviews, notes, export as Markdown, JSON or CSV.',
          },
          {
            title: 'Decision flow tool',
            url: absolute('/flow/', site),
            note: 'Interactive: walk the 17 steps, record decisions, export a design record.',
          },
          {
            title: 'Study deck',
            url: absolute('/study/', site),
            note: 'Interactive: spaced-repetition flashcards and scenario quizzes for the CTA exam.',
          },
          {
            title: 'Practice cases',
            url: absolute('/cases/', site),
            note: 'Scenario papers whose criteria pull against each other, to design with the framework.',
          },
        ],
      },
    ],
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
