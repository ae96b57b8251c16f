// The browser loads this module only when a candidate exports an attempt.
import { formatUtc } from '../dates';
import { markdownCell, markdownQuote, markdownText } from '../export-text';
import { decisionText } from '../flow/design';
import type { Note } from '../flow/rules';
import type { DecisionStep } from '../flow/types';
import { ATTEMPT_FORMAT, ATTEMPTS_VERSION, MARK_LABELS, type Attempt } from './attempts';
import { durationText } from './clock';
import type { Comparison } from './compare';
import { modelOf, SCORING_RULE, VERDICT_LABELS } from './practice';
import type { PracticeCase } from './practice-data';

/** What an attempt's Markdown is made of. */
export interface AttemptReport {
  attempt: Attempt;
  practiceCase: PracticeCase;
  steps: readonly DecisionStep[];
  comparison: Comparison;
  warnings: readonly Note[];
  /** The site's origin, to make the case's and the citations' links absolute ('' keeps them site-relative). */
  origin: string;
}

/** The attempt as Markdown: the candidate's design, the comparison and the examiner answers; user text escaped. */
export function attemptMarkdown({ attempt, practiceCase, steps, comparison, warnings, origin }: AttemptReport): string {
  const link = (href: string) => `${origin}${href}`;
  const answers = attempt.answers ?? {};
  const model = modelOf(practiceCase);
  const lines = [
    `# Practice attempt: ${markdownText(practiceCase.title)}`,
    '',
    `- Case: [${markdownText(practiceCase.title)}](${link(practiceCase.href)})`,
    `- Started: ${formatUtc(attempt.createdAt)}`,
    ...(attempt.submittedAt ? [`- Submitted: ${formatUtc(attempt.submittedAt)}`] : []),
    `- Time taken: ${attempt.timeTakenSeconds === undefined ? 'not timed' : durationText(attempt.timeTakenSeconds)}`,
    `- Score: ${comparison.score} out of 100`,
    '',
    '## The comparison',
    '',
    '| Question | Your decision | The model’s decision | Verdict |',
    '| --- | --- | --- | --- |',
  ];
  for (const q of comparison.questions) {
    const step = steps.find((s) => s.question === q.question);
    const mine = answers[String(q.question)];
    const theirs = model[String(q.question)];
    const show = (a: typeof mine) => (a?.na ? 'Not applicable' : step ? decisionText(step, a) : '') || '—';
    const label = `Q${q.question} ${step?.label ?? ''}${q.deciding ? ' (deciding)' : ''}`;
    lines.push(
      `| ${markdownCell(label)} | ${markdownCell(show(mine))} | ${markdownCell(show(theirs))} | ${VERDICT_LABELS[q.verdict]} |`,
    );
  }
  lines.push('', '## Your rationales and the model’s', '');
  for (const q of comparison.questions) {
    const step = steps.find((s) => s.question === q.question);
    const entry = practiceCase.model.find((m) => m.question === q.question);
    const mine = answers[String(q.question)]?.rationale?.trim();
    lines.push(`### Question ${q.question}: ${markdownText(step?.label ?? '')}`, '', 'Your rationale:', '');
    lines.push(...(mine ? markdownQuote(mine) : ['> (none)']), '', 'The model’s rationale:', '');
    if (entry) {
      lines.push(...markdownQuote(entry.rationale), '');
      if (entry.cites.length)
        lines.push(`Rests on: ${entry.cites.map((c) => `[${markdownText(c.label)}](${link(c.href)})`).join('; ')}`, '');
    }
  }
  lines.push('## Contradictions in your design', '');
  if (warnings.length === 0) lines.push('The rules engine finds none.', '');
  for (const w of warnings)
    lines.push(
      `- Questions ${w.steps.join(', ')}: ${markdownText(w.message)}${w.cite ? ` ([${markdownText(w.cite.label)}](${link(w.cite.href)}))` : ''}`,
    );
  if (warnings.length) lines.push('');
  lines.push('## The examiner’s questions', '');
  practiceCase.examiner.forEach((e, i) => {
    const mine = attempt.examiner[i];
    lines.push(`### ${i + 1}. ${markdownText(e.question)}`, '', 'Your answer:', '');
    lines.push(...(mine?.answer?.trim() ? markdownQuote(mine.answer.trim()) : ['> (not written)']), '');
    lines.push('The model answer:', '', ...markdownQuote(e.answer), '');
    lines.push(`Your mark: ${mine?.mark ? MARK_LABELS[mine.mark] : 'not marked'}`, '');
  });
  lines.push('## How the score is counted', '', ...SCORING_RULE.map((line) => `- ${line}`), '');
  return lines.join('\n');
}

/** The attempt as a JSON file: everything, versioned. */
export function attemptJson(attempt: Attempt, now: string): string {
  return `${JSON.stringify({ format: ATTEMPT_FORMAT, version: ATTEMPTS_VERSION, exportedAt: now, attempt }, null, 2)}\n`;
}
