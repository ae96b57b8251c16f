import { formatUtc } from '../dates';
import { markdownCell, markdownQuote, markdownText } from '../export-text';
import { decisionText, progress, stepStatus } from './design';
import type { Note } from './rules';
import type { DecisionStep, Design } from './types';

/** One row of the key-decisions table. */
export interface RecordRow {
  question: number;
  label: string;
  decision: string;
  rationale: string;
}

/** The key-decisions rows of a design, in question order: answered steps not taken out of the summary. */
export function recordRows(design: Design, steps: readonly DecisionStep[]): RecordRow[] {
  return [...steps]
    .sort((a, b) => a.question - b.question)
    .flatMap((step) => {
      const answer = design.answers[String(step.question)];
      if (stepStatus(answer) !== 'answered' || answer?.key === false) return [];
      return [
        {
          question: step.question,
          label: step.label,
          decision: decisionText(step, answer),
          rationale: answer?.rationale?.trim() ?? '',
        },
      ];
    });
}

/** Context the Markdown record needs besides the design. */
export interface RecordContext {
  steps: readonly DecisionStep[];
  /** "Label → prompt" of each question's flow step, by question number. */
  flowSteps: Readonly<Record<number, string>>;
  notes: { recommendations: readonly Note[]; warnings: readonly Note[] };
  /** The architecture diagram as a Mermaid flowchart (src/lib/diagram/mermaid.ts), when there is one. */
  diagram?: string | undefined;
}

/** The design as an architecture decision record in Markdown, ready to paste into a design document. */
export function recordMarkdown(design: Design, context: RecordContext): string {
  const { answered, na, total } = progress(design);
  const rows = recordRows(design, context.steps);
  const stepRef = (steps: readonly number[]) => steps.map((n) => `Q${n}`).join(', ');
  const lines: string[] = [
    `# ${markdownText(design.name)}`,
    '',
    `Integration design record · created ${formatUtc(design.createdAt)} · last changed ${formatUtc(design.updatedAt)} · ${answered} of ${total} questions answered, ${na} not applicable`,
    '',
    '## Key decisions',
    '',
  ];
  if (rows.length) {
    lines.push('| Question | Decision | Rationale |', '| --- | --- | --- |');
    for (const row of rows)
      lines.push(`| ${markdownCell(row.label)} | ${markdownCell(row.decision)} | ${markdownCell(row.rationale)} |`);
  } else {
    lines.push('No decisions recorded yet.');
  }
  if (context.diagram) lines.push('', '## Architecture diagram', '', '```mermaid', context.diagram, '```');
  lines.push('', '## Recommendations', '');
  if (context.notes.recommendations.length)
    for (const note of context.notes.recommendations) lines.push(`- **${stepRef(note.steps)}:** ${note.message}`);
  else lines.push('None.');
  lines.push('', '## Open warnings', '');
  if (context.notes.warnings.length)
    for (const note of context.notes.warnings) lines.push(`- **${stepRef(note.steps)}:** ${note.message}`);
  else lines.push('None.');
  lines.push('', '## All steps');
  for (const step of [...context.steps].sort((a, b) => a.question - b.question)) {
    const answer = design.answers[String(step.question)];
    const status = stepStatus(answer);
    lines.push('', `### ${step.question}. ${context.flowSteps[step.question] ?? step.label}`, '');
    if (status === 'na') lines.push('Not applicable.');
    else if (status === 'open') lines.push('Not answered.');
    for (const field of step.fields) {
      if (status === 'na') break;
      const chosen = (answer?.choices?.[field.id] ?? [])
        .map((id) => field.options.find((o) => o.id === id)?.label)
        .filter(Boolean);
      if (chosen.length) lines.push(`- ${field.label}: ${chosen.join(', ')}`); // content, not user text
    }
    if (status === 'answered' && answer?.decision?.trim()) lines.push(`- Decision: ${markdownCell(answer.decision)}`);
    if (answer?.rationale?.trim()) lines.push('', ...markdownQuote(answer.rationale.trim()));
  }
  return `${lines.join('\n')}\n`;
}
