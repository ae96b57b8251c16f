/**
 * Reading a document export (a chosen file or a share link) of any kind: size, JSON, format,
 * version, then the kind's schema, with every refusal said in a reader's words ("it is not
 * valid JSON", "the note on item “x” should be a text of at most 2,000 characters"). Never throws.
 */
import { parse, type Checked } from '../check';
import { parseJsonObject } from '../json';
import { readTextFile } from '../files';
import { readShareFragment } from '../share';
import { IMPORT_MAX_BYTES, IMPORT_MAX_TEXT } from './limits';
import type { ExportSchema } from './schema';

/** One kind of export: how to check it (its schema knows the format and version that mark it) and to name its fields. */
export interface ExportKind<T> {
  schema: ExportSchema<T>;
  /** What it is, for "it is not …": "a checklist review export". */
  what: string;
  /** A field's path ("review.items.x.note") in a reader's words ("the note on item “x”"). */
  describe: (path: string) => string;
}

function byteLength(text: string): number {
  // Every UTF-16 unit is at least one UTF-8 byte: very long text is over the limit without encoding it.
  return text.length > IMPORT_MAX_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** A checker's message ("a.b should be …") with its path in the reader's words. */
export function inReaderTerms(message: string, describe: (path: string) => string): string {
  const match = /^(.*?)( should be .*| is not valid)$/s.exec(message);
  return match ? `${describe(match[1] ?? '')}${match[2] ?? ''}` : message;
}

/** Reads an export's text: the checked document, or what is wrong with it (a phrase starting “it …” or naming a field). */
export function readExport<T>(text: string, kind: ExportKind<T>): Checked<T> {
  if (byteLength(text) > IMPORT_MAX_BYTES) return { ok: false, error: `it is larger than ${IMPORT_MAX_TEXT}` };
  const json = parseJsonObject(text);
  if (!json.ok) return json;
  const data = json.value;
  const format = data['format'];
  const version = data['version'];
  const mark = kind.schema;
  if (format !== mark.format)
    return { ok: false, error: `it is not ${kind.what} (its “format” is not “${mark.format}”)` };
  if (version !== mark.version) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : 'missing';
    return { ok: false, error: `its format version (${shown}) is not one this site reads (version ${mark.version})` };
  }
  const result = parse(kind.schema, data, '');
  return result.ok ? result : { ok: false, error: inReaderTerms(result.error, kind.describe) };
}

/** Reads a chosen file as an export; refuses one over the limit without reading it. */
export async function readExportFile<T>(file: ChosenFile, kind: ExportKind<T>): Promise<Checked<T>> {
  const read = await readTextFile(file, IMPORT_MAX_BYTES);
  if (!read.ok)
    return {
      ok: false,
      error: read.reason === 'too-large' ? `it is larger than ${IMPORT_MAX_TEXT}` : 'the browser could not read it',
    };
  return readExport(read.text, kind);
}

/** The export a share link (`#<name>=…`) carries, what is wrong with it, or null when the address carries none. */
export function readShareLink<T>(hash: string, name: string, kind: ExportKind<T>): Checked<T> | null {
  const fragment = readShareFragment(hash, name);
  if (!fragment) return null;
  return fragment.ok ? readExport(fragment.json, kind) : fragment;
}

/** Words for the dates and name every document has, under `prefix` ("review", "design"). */
export function describeNamed(path: string, prefix: string, noun: string): string | null {
  const fields: Record<string, string> = {
    [prefix]: `the ${noun}`,
    [`${prefix}.id`]: `the ${noun}’s id`,
    [`${prefix}.name`]: `the ${noun}’s name`,
    [`${prefix}.createdAt`]: `the ${noun}’s creation date`,
    [`${prefix}.updatedAt`]: `the ${noun}’s last-changed date`,
    exportedAt: 'the export date',
  };
  return fields[path] ?? null;
}

/** A file as the browser hands it over: its size, and its text on request. */
export interface ChosenFile {
  size: number;
  text(): Promise<string>;
}

/**
 * The three ways one kind of export arrives (its text, a chosen file, a share link `#<link>=…`), each
 * read with `kind` and then checked by the tool against what it knows (`context`: its items, its steps).
 */
export function exportReaders<T, C, R>(
  kind: ExportKind<T>,
  link: string,
  known: (value: T, context: C) => R | { ok: false; error: string },
) {
  const then = (result: Checked<T>, context: C) => (result.ok ? known(result.value, context) : result);
  return {
    text: (text: string, context: C) => then(readExport(text, kind), context),
    file: async (file: ChosenFile, context: C) => then(await readExportFile(file, kind), context),
    link: (hash: string, context: C) => {
      const result = readShareLink(hash, link, kind);
      return result && then(result, context);
    },
  };
}
