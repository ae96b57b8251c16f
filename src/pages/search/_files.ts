/**
 * What search loads beside Pagefind's index, made from the content collections: the site's words for
 * "Did you mean …?" (fetched only when a word finds nothing) and the glossary's synonym groups (fetched
 * when search opens: every search widens its words with them). Each is a JSON file whose name carries a
 * hash of its content (/search/words.<hash>.json, /search/synonyms.<hash>.json: [file].json.ts), so hosts
 * cache it for good (public/_headers); the header's search button names both (SearchTrigger.astro).
 * (Files starting with "_" are not routes.)
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { getGlossary } from '../../glossary';
import { synonymGroups } from '../../lib/glossary';
import { buildVocabulary, entryTexts } from '../../lib/search-suggest';

/** The collections whose text the search index holds (every page's but the study deck's). */
const INDEXED = [
  'questions',
  'example',
  'snippets',
  'patterns',
  'patternEvolution',
  'checklist',
  'furtherReading',
  'glossary',
  'cases',
] as const;

/** One file search loads: its site path (no base) and its text. */
export interface SearchFile {
  path: string;
  json: string;
}

function file(kind: string, value: unknown): SearchFile {
  const json = JSON.stringify(value);
  return { path: `/search/${kind}.${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`, json };
}

async function build(): Promise<{ words: SearchFile; synonyms: SearchFile }> {
  const entries = (await Promise.all(INDEXED.map((name) => getCollection(name)))).flat();
  return {
    words: file('words', buildVocabulary(entries.flatMap(entryTexts), 4)),
    synonyms: file('synonyms', synonymGroups(await getGlossary())),
  };
}

let files: Promise<{ words: SearchFile; synonyms: SearchFile }> | undefined;
/** Search's two files, built once per build. */
export function getSearchFiles(): Promise<{ words: SearchFile; synonyms: SearchFile }> {
  files ??= build();
  return files;
}
