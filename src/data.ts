import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { questionPath } from './lib/paths';
import { byNumber } from './lib/questions';
import { fixedSections } from './lib/sections';
import type { SourceTargets } from './lib/study/sources';

type Ordered = 'checklist' | 'patterns' | 'patternEvolution' | 'furtherReading' | 'decisionSteps' | 'decisionRules';

/** Every question, sorted by number, with its number lifted for convenience. */
export async function getQuestions(): Promise<(CollectionEntry<'questions'> & { number: number })[]> {
  const entries = await getCollection('questions');
  return byNumber(entries.map((entry) => Object.assign(entry, { number: entry.data.number })));
}

/** A YAML-list collection in the order its file lists it (the data store itself keeps entries by id). */
export async function getOrdered<C extends Ordered>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The checklist groups in content order. */
export async function getChecklist(): Promise<CollectionEntry<'checklist'>[]> {
  return getOrdered('checklist');
}

/** The decision-flow steps, sorted by step number. */
export async function getFlow(): Promise<CollectionEntry<'flow'>[]> {
  return [...(await getCollection('flow'))].sort((a, b) => a.data.number - b.data.number);
}

/**
 * Where a citation (a study card's or a rule's source) can point: the question pages' own section
 * anchors (as rendered) and the fixed sections every question page adds, the pattern and checklist
 * anchors, the worked example's steps. Site-relative paths; the caller adds the base.
 */
export async function getSourceTargets(): Promise<SourceTargets> {
  const questions = await getQuestions();
  const example = await getEntry('example', 'hr-itsm');
  if (!example) throw new Error('content/example/hr-itsm.mdx is missing');
  const entries = await Promise.all(
    questions.map(async (q) => {
      const { headings } = await render(q);
      const info = { path: questionPath(q.id), number: q.number, title: q.data.title, headings: [...fixedSections(q.data.references.length), ...headings] };
      return [q.number, info] as const;
    }),
  );
  return {
    questions: new Map(entries),
    patterns: new Map((await getOrdered('patterns')).map((p) => [p.id, p.data.name])),
    checklist: new Map((await getChecklist()).flatMap((group) => group.data.items).map((item) => [item.id, item.text])),
    example: { path: '/example/hr-itsm/', headings: (await render(example)).headings },
  };
}

/** The practice cases in their list order (the worked example first). */
export async function getCases(): Promise<CollectionEntry<'cases'>[]> {
  return [...(await getCollection('cases'))].sort((a, b) => a.data.order - b.data.order);
}
