import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { synonymGroups, type GlossaryEntry } from './lib/glossary';
import { buildVocabulary } from './lib/search-query';

/** The content the search index holds (the study deck is not indexed), as files under content/. */
const INDEXED = [
  'questions',
  'example',
  'snippets',
  'patterns.yaml',
  'checklist.yaml',
  'further-reading.yaml',
  'glossary.yaml',
];

function files(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(path, entry.name)) : [join(path, entry.name)],
    );
  } catch {
    return [path];
  }
}

/** What search loads beside the index: the site's words for "Did you mean …?" and the glossary's synonyms. */
export interface SearchVocabulary {
  words: string[];
  synonyms: string[][];
}

/**
 * What the build gives search: the vocabulary file it writes into dist/pagefind/ (the site's words only; its
 * name carries a hash of the content so that it can be cached for good, and the search code learns it at build
 * time), fetched only when a word finds nothing; and the glossary's synonyms, small and needed by every search,
 * which the build writes into the search code itself.
 */
export function searchVocabulary(contentDir: string): { name: string; json: string; synonyms: string[][] } {
  const texts = INDEXED.flatMap((entry) => files(join(contentDir, entry)))
    .filter((file) => /\.(mdx|ya?ml)$/.test(file))
    .map((file) =>
      readFileSync(file, 'utf8')
        .replace(/^(import|export) .*$/gm, '')
        .replace(/https?:\/\/\S+/g, ''),
    );
  const glossary = parseYaml(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as Partial<GlossaryEntry>[];
  const entries = glossary.map((e) => ({ aliases: [], synonyms: [], ...e }) as GlossaryEntry);
  const vocabulary: SearchVocabulary = { words: buildVocabulary(texts, 4), synonyms: synonymGroups(entries) };
  const json = JSON.stringify({ words: vocabulary.words });
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  return { name: `vocabulary.${hash}.json`, json, synonyms: vocabulary.synonyms };
}
