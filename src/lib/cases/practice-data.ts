/**
 * What /flow/ fetches when it practises a case (/cases/<id>/practice.json, built from the cases
 * collection): the paper, the model design with its citations as links, the tensions and the
 * examiner's questions. Checked with ../check.ts on arrival like any data crossing into the browser.
 */
import { array, boolean, number, object, optional, record, string, type Infer } from '../check';
import { CONTENT_ID } from '../documents/limits';

const text = string();
const link = object({ href: string({ max: 500 }), label: text });
const questionNumber = number({ integer: true, min: 1, max: 17 });

/** One case as the practice reads it. */
export const PracticeCase = object({
  id: string({ max: 100, pattern: CONTENT_ID, expected: 'a case id' }),
  title: text,
  /** The case page (base path included). */
  href: text,
  minutes: number({ integer: true, min: 1, max: 600 }),
  deciding: array(questionNumber, { max: 17 }),
  paper: array(object({ slug: text, heading: text, paragraphs: array(text) })),
  tensions: array(object({ text, cites: array(link) })),
  model: array(
    object({
      question: questionNumber,
      choices: optional(record(string({ max: 100 }), array(string({ max: 100 })))),
      na: optional(boolean()),
      decision: optional(text),
      rationale: text,
      cites: array(link),
    }),
    { max: 17 },
  ),
  examiner: array(
    object({
      question: text,
      answer: text,
      cites: array(link),
      /** The framework questions the answer rests on (its citations of questions and worked-example steps). */
      questions: array(questionNumber, { max: 17 }),
    }),
    { max: 5 },
  ),
});

/** One case as the practice reads it. */
export type PracticeCase = Infer<typeof PracticeCase>;

/** The address of a case's practice data, under the site's base path. */
export function practiceDataPath(base: string, caseId: string): string {
  return `${base.replace(/\/?$/, '/')}cases/${caseId}/practice.json`;
}
