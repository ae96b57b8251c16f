import { getCollection, type CollectionEntry } from 'astro:content';
import { byNumber } from './lib/questions';

/** Every question, sorted by number, with its number lifted for convenience. */
export async function getQuestions(): Promise<(CollectionEntry<'questions'> & { number: number })[]> {
  const entries = await getCollection('questions');
  return byNumber(entries.map((entry) => Object.assign(entry, { number: entry.data.number })));
}

/** The checklist groups in content order. */
export async function getChecklist(): Promise<CollectionEntry<'checklist'>[]> {
  return getCollection('checklist');
}

/** The decision-flow steps, sorted by step number. */
export async function getFlow(): Promise<CollectionEntry<'flow'>[]> {
  return [...(await getCollection('flow'))].sort((a, b) => a.data.number - b.data.number);
}
