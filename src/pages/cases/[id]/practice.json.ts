import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases, getSourceTargets } from '../../../data';
import { PAPER_SECTIONS, paragraphs } from '../../../lib/cases/paper';
import type { PracticeCase } from '../../../lib/cases/practice-data';
import { withBase } from '../../../lib/paths';
import { sourceLink } from '../../../lib/study/sources';

// A case's practice data, fetched by /flow/ only when the reader practises the case: the model
// answer and the examiner's answers travel here, never in the case page or the /flow/ page.
export const getStaticPaths = (async () => {
  const cases = await getCases();
  return cases.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof getCases>>[number] };
  const { data } = entry;
  const base = import.meta.env.BASE_URL;
  const targets = await getSourceTargets();
  const links = (cites: readonly Parameters<typeof sourceLink>[0][]) =>
    cites.map((cite) => {
      const link = sourceLink(cite, targets);
      if ('problem' in link) throw new Error(`content/cases/${entry.id}.yaml: a citation ${link.problem}`);
      return { href: withBase(base, link.href), label: link.label };
    });
  const body: PracticeCase = {
    id: entry.id,
    title: data.title,
    href: withBase(base, `/cases/${entry.id}/`),
    minutes: data.minutes,
    deciding: [...data.deciding].sort((a, b) => a - b),
    paper: PAPER_SECTIONS.map(({ key, slug, text }) => ({
      slug,
      heading: text,
      paragraphs: paragraphs(data.paper[key]),
    })),
    tensions: data.tensions.map((t) => ({ text: t.text, cites: links(t.cites) })),
    model: data.model.map(({ question, choices, na, decision, rationale, cites }) => ({
      question,
      ...(choices ? { choices } : {}),
      ...(na !== undefined ? { na } : {}),
      ...(decision !== undefined ? { decision } : {}),
      rationale,
      cites: links(cites),
    })),
    examiner: data.examiner.map((e) => ({
      question: e.question,
      answer: e.answer,
      cites: links(e.cites),
      // A worked-example step Qn answers question n.
      questions: [
        ...new Set(e.cites.flatMap((c) => ('question' in c ? [c.question] : 'example' in c ? [c.example] : []))),
      ],
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
