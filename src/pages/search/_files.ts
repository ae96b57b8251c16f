/**
 * What search loads beside Pagefind's index, made from the content collections: the site's words for
 * "Did you mean …?" (fetched only when a word finds nothing) and the glossary's synonym groups (fetched
 * when search opens: every search widens its words with them). Each is a JSON file whose name carries a
 * hash of its content (/search/words.<hash>.json, /search/synonyms.<hash>.json: [file].json.ts), so hosts
 * cache it for good (public/_headers); the header's search button names both (SearchTrigger.astro).
 * (Files starting with "_" are not routes.)
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { contentHash } from '../../build-hash';
import { getGlossary } from '../../glossary';
import { synonymGroups } from '../../lib/glossary';
import { buildVocabulary, readableText } from '../../lib/search-vocabulary';

/** The text one collection's entries show on the indexed pages (ids, slugs, URLs and model answers are not shown). */
async function shown<K extends CollectionKey>(
  name: K,
  pick: (entry: CollectionEntry<K>) => (string | undefined)[],
): Promise<string[]> {
  return (await getCollection(name)).flatMap((entry) => pick(entry).map((text) => readableText(text ?? '')));
}

/** Every text the search index holds, collection by collection (the study deck is not indexed). */
async function indexedTexts(): Promise<string[]> {
  const texts = await Promise.all([
    shown('questions', ({ data, body }) => [
      data.title,
      data.step,
      data.why,
      ...data.references.map((r) => r.title),
      body,
    ]),
    shown('example', ({ data, body }) => [data.title, data.description, body]),
    shown('snippets', ({ body }) => [body]),
    shown('patterns', ({ data }) => [data.name, data.description, data.example]),
    shown('patternEvolution', ({ data }) => [data.name]),
    shown('checklist', ({ data }) => [data.title, ...data.items.map((item) => item.text)]),
    shown('furtherReading', ({ data }) => [data.title, ...data.links.flatMap((link) => [link.title, link.note])]),
    shown('glossary', ({ data }) => [data.term, ...data.aliases, ...data.synonyms, data.definition]),
    // A case's page shows its paper; its model answer and the examiner's questions come only after a submission.
    shown('cases', ({ data }) => [data.title, data.summary, ...Object.values(data.paper)]),
  ]);
  return texts.flat();
}

/** One file search loads: its site path (no base) and its text. */
export interface SearchFile {
  path: string;
  json: string;
}

function file(kind: string, value: unknown): SearchFile {
  const json = JSON.stringify(value);
  return { path: `/search/${kind}.${contentHash(json)}.json`, json };
}

async function build(): Promise<{ words: SearchFile; synonyms: SearchFile }> {
  return {
    words: file('words', buildVocabulary(await indexedTexts(), 4)),
    synonyms: file('synonyms', synonymGroups(await getGlossary())),
  };
}

let files: Promise<{ words: SearchFile; synonyms: SearchFile }> | undefined;
/** Search's two files, built once per build. */
export function getSearchFiles(): Promise<{ words: SearchFile; synonyms: SearchFile }> {
  files ??= build();
  return files;
}
