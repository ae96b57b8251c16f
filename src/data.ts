import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContent, sourceTargets } from './content-checks';
import { byNumber } from './lib/questions';
import type { SourceTargets } from './lib/study/sources';

type Ordered = 'checklist' | 'patterns' | 'patternEvolution' | 'furtherReading' | 'decisionSteps' | 'decisionRules';

/** Every question, sorted by number, with its number lifted for convenience. */
export async function getQuestions(): Promise<(CollectionEntry<'questions'> & { number: number })[]> {
  // Every page reads the questions (the sidebar), so the content's cross-checks run before the first renders.
  await assertContent();
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

/** Where a citation can point (see sourceTargets), once the content is known to hold together. */
export async function getSourceTargets(): Promise<SourceTargets> {
  await assertContent();
  return sourceTargets();
}

/** The practice cases in their list order (the worked example first). */
export async function getCases(): Promise<CollectionEntry<'cases'>[]> {
  return [...(await getCollection('cases'))].sort((a, b) => a.data.order - b.data.order);
}
