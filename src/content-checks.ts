import { getCollection, getEntry, render } from 'astro:content';
import { choiceProblems, conditionProblems } from './lib/flow/validate';
import { sourceProblem, type KnownSources } from './lib/study/sources';

// The checks that span collections, in one place and read only through the collections: a rule's
// condition or a preset's choice must name a field and option of its decision step, and a study
// card's source must name a question, pattern, checklist item or worked-example step that exists.
// (What one entry alone can get wrong is its collection's zod schema's job, in content.config.ts.)
// The build runs them once, before the first page renders (src/data.ts); each problem names the file.

/** Every cross-collection problem of the content, as "file: entry: problem" lines. */
export async function contentProblems(): Promise<string[]> {
  const steps = (await getCollection('decisionSteps')).map((entry) => entry.data);
  const problems: string[] = [];
  for (const rule of await getCollection('decisionRules'))
    for (const message of conditionProblems(rule.data.when, steps)) problems.push(`content/decisions/rules.yaml: rule "${rule.id}", when: ${message}`);
  for (const preset of await getCollection('decisionPresets'))
    preset.data.answers.forEach((answer, index) => {
      for (const [field, options] of Object.entries(answer.choices ?? {}))
        for (const message of choiceProblems(steps, answer.question, field, options))
          problems.push(`content/decisions/${preset.id}.yaml: answers[${index}].choices.${field}: ${message}`);
    });

  const example = await getEntry('example', 'hr-itsm');
  const exampleHeadings = example ? (await render(example)).headings : [];
  const known: KnownSources = {
    questions: new Set((await getCollection('questions')).map((q) => q.data.number)),
    patterns: new Set((await getCollection('patterns')).map((p) => p.id)),
    checklist: new Set((await getCollection('checklist')).flatMap((g) => g.data.items.map((i) => i.id))),
    // The worked example's steps are its "## Q<n>: …" sections.
    exampleSteps: new Set(exampleHeadings.flatMap((h) => (h.depth === 2 && /^Q(\d+):/.test(h.text) ? [Number(/^Q(\d+):/.exec(h.text)?.[1])] : []))),
  };
  for (const file of await getCollection('study'))
    for (const card of file.data.cards) {
      const problem = sourceProblem(card.source, known);
      if (problem) problems.push(`content/study/${file.id}.yaml: card "${card.id}", source: ${problem}`);
    }
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
