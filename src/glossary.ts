import { getCollection, getEntry, render } from 'astro:content';
import { getChecklist, getOrdered, getQuestions } from './data';
import { mdxSections, sectionsUsing, type GlossaryEntry, type UsingPage } from './lib/glossary';
import { sourceLink, type Heading, type SourceTargets } from './lib/study/sources';
import type { SourceLink } from './lib/study/deck';
import { questionPath } from './lib/paths';

/** A glossary entry as the pages show it: its source and every section using it as links (site paths, no base). */
export interface GlossaryItem extends GlossaryEntry {
  defined: SourceLink;
  usedIn: SourceLink[];
}

/** Where a source can point: the question pages' sections as rendered, the patterns, the checklist, the example's steps. */
async function sourceTargets(): Promise<SourceTargets> {
  const questions = await getQuestions();
  const example = await getEntry('example', 'hr-itsm');
  if (!example) throw new Error('content/example/hr-itsm.mdx is missing');
  return {
    questions: new Map(
      await Promise.all(
        questions.map(async (q) => {
          const { headings } = await render(q);
          const fixed: Heading[] = [
            { slug: 'why-this-matters', text: 'Why this matters' },
            { slug: 'references', text: q.data.references.length === 1 ? 'Reference' : 'References' },
            { slug: 'related', text: 'In the flow and checklist' },
          ];
          return [
            q.number,
            { path: questionPath(q.id), number: q.number, title: q.data.title, headings: [...fixed, ...headings] },
          ] as const;
        }),
      ),
    ),
    patterns: new Map((await getOrdered('patterns')).map((p) => [p.id, p.data.name])),
    checklist: new Map(
      (await getChecklist()).flatMap((g) => g.data.items.map((item) => [item.id, item.text] as const)),
    ),
    example: { path: '/example/hr-itsm/', headings: (await render(example)).headings },
  };
}

/** The pages whose sections can use a term: each question (its "why" and its sections) and the example's steps. */
async function usingPages(): Promise<UsingPage[]> {
  const questions = await getQuestions();
  const example = await getEntry('example', 'hr-itsm');
  const pages: UsingPage[] = questions.map((q) => ({
    sections: [
      { link: { question: q.number, section: 'why-this-matters' }, text: q.data.why },
      ...mdxSections(q.body ?? '').map((s) => ({
        link: { question: q.number, section: s.slug },
        text: `${s.heading}\n${s.body}`,
      })),
    ],
  }));
  const steps = mdxSections(example?.body ?? '').flatMap((s) => {
    const step = /^Q(\d+):/.exec(s.heading);
    return step ? [{ link: { example: Number(step[1]) }, text: `${s.heading}\n${s.body}` }] : [];
  });
  return [...pages, { sections: steps }];
}

let cached: Promise<GlossaryItem[]> | undefined;

/**
 * The glossary in authored order, each entry's links resolved against the rendered pages: a source or
 * a using section whose anchor the page does not have fails the build, naming the term.
 */
export function getGlossary(): Promise<GlossaryItem[]> {
  cached ??= (async () => {
    const [targets, pages, entries] = await Promise.all([sourceTargets(), usingPages(), getCollection('glossary')]);
    const resolve = (term: string, source: GlossaryEntry['source']) => {
      const link = sourceLink(source, targets);
      if ('problem' in link) throw new Error(`content/glossary.yaml: term "${term}": ${link.problem}`);
      return link;
    };
    return [...entries]
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ id, data }) => {
        const entry: GlossaryEntry = {
          id,
          term: data.term,
          aliases: data.aliases,
          synonyms: data.synonyms,
          definition: data.definition,
          source: data.source,
        };
        return {
          ...entry,
          defined: resolve(entry.term, entry.source),
          usedIn: sectionsUsing(entry, pages).map((s) => resolve(entry.term, s)),
        };
      });
  })();
  return cached;
}
