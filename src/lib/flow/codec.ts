// The browser loads this module only when a reader imports a design file or opens a share link.
import { describeNamed, exportReaders, type ChosenFile, type ExportKind } from '../documents/import';
import { LABEL_FIELDS } from '../diagram/labels';
import { DesignExport } from './storage';
import type { DecisionStep, Design } from './types';

/** What reading a design export found. */
export type DesignImport = { ok: true; design: Design } | { ok: false; error: string };

const ANSWER_FIELDS: Record<string, string> = {
  decision: 'the one-line decision',
  rationale: 'the rationale',
  na: 'the “not applicable” mark',
  key: 'the “key decision” mark',
  choices: 'the choices',
};

/** A field of a design export in a reader's words. */
export function describeDesignPath(path: string): string {
  const named = describeNamed(path, 'design', 'design');
  if (named) return named;
  if (path === 'design.current') return 'the current step';
  if (path === 'design.answers') return 'the design’s answers';
  if (path === 'design.labels') return 'the names in the design’s diagram';
  const label = /^design\.labels\.(\w+)$/.exec(path);
  if (label) return `the diagram’s name “${LABEL_FIELDS.find((f) => f.key === label[1])?.label ?? label[1]}”`;
  let m = /^design\.answers key “(.*)”$/.exec(path);
  if (m) return `the question number “${m[1]}”`;
  m = /^design\.answers\.(\d+)$/.exec(path);
  if (m) return `the answer to question ${m[1]}`;
  m = /^design\.answers\.(\d+)\.(\w+)$/.exec(path);
  if (m) return `${ANSWER_FIELDS[m[2] ?? ''] ?? m[2]} of question ${m[1]}`;
  m = /^design\.answers\.(\d+)\.choices(?: key “(.*)”|\.([^.]+)(?:\.(\d+))?)$/.exec(path);
  if (m)
    return m[2] !== undefined
      ? `a decision name in question ${m[1]} (“${m[2]}”)`
      : `the choices for “${m[3]}” in question ${m[1]}`;
  return path || 'the file';
}

const KIND: ExportKind<DesignExport> = {
  schema: DesignExport,
  what: 'a design exported from this site',
  describe: describeDesignPath,
};

/** Refuses answers to decisions or options the framework does not have. */
function withKnownChoices({ design }: DesignExport, steps: readonly DecisionStep[]): DesignImport {
  for (const [question, answer] of Object.entries(design.answers)) {
    const step = steps.find((s) => String(s.question) === question);
    for (const [fieldId, options] of Object.entries(answer.choices ?? {})) {
      const field = step?.fields.find((f) => f.id === fieldId);
      if (!field) return { ok: false, error: `question ${question} has no decision “${fieldId}”` };
      const unknown = options.find((id) => !field.options.some((o) => o.id === id));
      if (unknown) return { ok: false, error: `question ${question}, “${field.label}”, has no option “${unknown}”` };
    }
  }
  return { ok: true, design };
}

const designs = exportReaders(KIND, 'design', withKnownChoices);

/**
 * Reads a design export (a file's text or a share link's). Refuses, saying why: oversized input,
 * not JSON, another format or version, a wrong shape, or answers to options the framework does not have.
 */
export function parseDesign(text: string, steps: readonly DecisionStep[]): DesignImport {
  return designs.text(text, steps);
}

/** Reads a chosen file as a design export; refuses one over 1 MB without reading it. */
export function readDesignFile(file: ChosenFile, steps: readonly DecisionStep[]): Promise<DesignImport> {
  return designs.file(file, steps);
}

/** The design a share link (`#design=…`) carries, what is wrong with it, or null when the address carries none. */
export function parseDesignLink(hash: string, steps: readonly DecisionStep[]): DesignImport | null {
  return designs.link(hash, steps);
}
