import { getCollection, getEntry, render } from 'astro:content';
import { decidingProblems, modelProblems } from './lib/cases/model';
import { missingQuestionMessage, questionFileProblems } from './lib/content-rules';
import type { Rule } from './lib/flow/types';
import { choiceProblems, conditionProblems } from './lib/flow/validate';
import { questionPath } from './lib/paths';
import { fixedSections } from './lib/sections';
import { glossaryProblems } from './lib/glossary';
import { duplicateIds, type CardSource } from './lib/study/deck';
import { sourceLink, type SourceTargets } from './lib/study/sources';

// The checks that span collections, in one place and read only through the collections (headings
// come from render()): a question number used twice or cited without its file; a rule's condition or
// a preset's choice naming a field and option of its decision step; a citation (a rule's, a case's, a
// study card's source) naming a question section, pattern, checklist item or worked-example step that
// exists; a case's model design using real fields and options and raising no warning; every question
// deciding in at least two cases. What one entry alone can get wrong is its collection's zod schema's
// job (src/content.config.ts, src/collections/). The build runs these once, before the first page
// renders (src/data.ts); each problem names the file and the field.

let targets: Promise<SourceTargets> | undefined;

/**
 * Where a citation (a study card's, a rule's or a case's source) can point: the question pages' own
 * section anchors (as rendered) and the fixed sections every question page adds, the pattern and
 * checklist anchors, the worked example's steps. Site-relative paths; the caller adds the base.
 */
export function sourceTargets(): Promise<SourceTargets> {
  targets ??= (async () => {
    const example = await getEntry('example', 'hr-itsm');
    if (!example) throw new Error('content/example/hr-itsm.mdx is missing');
    const entries = await Promise.all(
      (await getCollection('questions')).map(async (q) => {
        const { headings } = await render(q);
        const sections = [...fixedSections(q.data.references.length), ...headings];
        const info = { path: questionPath(q.id), number: q.data.number, title: q.data.title, headings: sections };
        return [q.data.number, info] as const;
      }),
    );
    const byOrder = <T extends { data: { order: number } }>(list: T[]) =>
      [...list].sort((a, b) => a.data.order - b.data.order);
    return {
      questions: new Map(entries),
      patterns: new Map(byOrder(await getCollection('patterns')).map((p) => [p.id, p.data.name])),
      checklist: new Map(
        byOrder(await getCollection('checklist'))
          .flatMap((group) => group.data.items)
          .map((item) => [item.id, item.text]),
      ),
      example: { path: '/example/hr-itsm/', headings: (await render(example)).headings },
    };
  })();
  return targets;
}

/** Why a citation points at nothing, or null. */
function citationProblem(source: CardSource, known: SourceTargets): string | null {
  const link = sourceLink(source, known);
  return 'problem' in link ? link.problem : null;
}

/** Every cross-collection problem of the content, as "file: entry, field: problem" lines. */
export async function contentProblems(): Promise<string[]> {
  const problems: string[] = [];
  const questions = await getCollection('questions');
  problems.push(...questionFileProblems(questions.map((q) => `${q.id}.mdx`)));
  const numbers = new Set(questions.map((q) => q.data.number));
  const questionRef = (where: string, n: number) => {
    if (!numbers.has(n)) problems.push(`${where}: ${missingQuestionMessage(n)}`);
  };

  for (const group of await getCollection('checklist'))
    for (const item of group.data.items)
      for (const n of item.questions) questionRef(`content/checklist.yaml: item "${item.id}", questions`, n);

  const stepEntries = await getCollection('decisionSteps');
  for (const step of stepEntries)
    questionRef(`content/decisions/steps.yaml: step "${step.id}", question`, step.data.question);
  const steps = stepEntries.map((entry) => entry.data);

  const known = await sourceTargets();
  const cite = (where: string, source: CardSource) => {
    const problem = citationProblem(source, known);
    if (problem) problems.push(`${where}: ${problem}`);
  };

  const ruleEntries = await getCollection('decisionRules');
  for (const rule of ruleEntries) {
    const where = `content/decisions/rules.yaml: rule "${rule.id}"`;
    for (const n of rule.data.steps) questionRef(`${where}, steps`, n);
    cite(`${where}, source`, rule.data.source);
    for (const message of conditionProblems(rule.data.when, steps)) problems.push(`${where}, when: ${message}`);
  }
  const rules: Rule[] = ruleEntries.map(({ id, data }) => ({ id, ...data }));

  for (const preset of await getCollection('decisionPresets'))
    preset.data.answers.forEach((answer, index) => {
      const where = `content/decisions/${preset.id}.yaml: answers[${index}]`;
      questionRef(`${where}.question`, answer.question);
      for (const [field, options] of Object.entries(answer.choices ?? {}))
        for (const message of choiceProblems(steps, answer.question, field, options))
          problems.push(`${where}.choices.${field}: ${message}`);
    });

  const cases = await getCollection('cases');
  for (const { id, data } of cases) {
    const file = `content/cases/${id}.yaml`;
    for (const message of modelProblems(data.model, steps, rules)) problems.push(`${file}: model: ${message}`);
    data.model.forEach((answer, i) => answer.cites.forEach((s, j) => cite(`${file}: model[${i}].cites[${j}]`, s)));
    data.tensions.forEach((t, i) => t.cites.forEach((s, j) => cite(`${file}: tensions[${i}].cites[${j}]`, s)));
    data.examiner.forEach((e, i) => e.cites.forEach((s, j) => cite(`${file}: examiner[${i}].cites[${j}]`, s)));
  }
  for (const message of decidingProblems(cases.map(({ id, data }) => ({ id, ...data }))))
    problems.push(`content/cases: deciding: ${message}`);

  const study = await getCollection('study');
  for (const file of study)
    for (const card of file.data.cards) cite(`content/study/${file.id}.yaml: card "${card.id}", source`, card.source);
  const duplicates = duplicateIds(study.flatMap((file) => file.data.cards));
  if (duplicates.length > 0) problems.push(`content/study: card ids used more than once: ${duplicates.join(', ')}`);

  const glossary = (await getCollection('glossary')).sort((a, b) => a.data.order - b.data.order);
  for (const { data } of glossary) cite(`content/glossary.yaml: term "${data.term}", source`, data.source);
  for (const message of glossaryProblems(glossary.map(({ id, data }) => ({ id, ...data }))))
    problems.push(`content/glossary.yaml: ${message}`);
  return problems;
}

let checked: Promise<void> | undefined;

/** Fails the build, naming every problem, when the content does not hold together (checked once). */
export function assertContent(): Promise<void> {
  checked ??= contentProblems().then((problems) => {
    if (problems.length > 0) throw new Error(`The content does not hold together:\n${problems.join('\n')}`);
  });
  return checked;
}
