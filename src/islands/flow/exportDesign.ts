import { fileStem } from '../../lib/files';
import type { ChecklistLink } from '../../lib/flow/to-checklist';
import type { Note } from '../../lib/flow/rules';
import { designJson } from '../../lib/flow/storage';
import type { Design } from '../../lib/flow/types';
import { shareFragment } from '../../lib/share';
import { copyText, downloadText, newId } from '../browser';
import type { Notice, Tone } from '../shared/Notices';
import type { ExportKind } from './DesignRecord';
import type { FlowStepInfo } from './types';

// The record's Markdown and the checklist review load only when the reader exports.
const loadExporters = () => import('./exporters');
const now = () => new Date().toISOString();

/** What an export of the open design needs: the flow's content, and where to say what happened. */
export interface ExportContext {
  steps: FlowStepInfo[];
  notes: { recommendations: Note[]; warnings: Note[] };
  checklistItems: ChecklistLink[];
  checklistHref: string;
  say: (tone: Tone, text: string, extra?: { link?: string; href?: Notice['href'] }) => void;
}

/** Runs one export of `design` (the record as Markdown, JSON, a share link, print, a checklist review) and says how it went. */
export async function exportDesign(kind: ExportKind, design: Design, context: ExportContext): Promise<void> {
  const { steps, notes, checklistItems, checklistHref, say } = context;
  // The record ends with the diagram as Mermaid: its writer loads on use (without it, the record has none).
  const diagram =
    kind === 'copy-md' || kind === 'md'
      ? await import('../../lib/diagram/exports').then(
          (x) => x.designMermaid(design),
          () => undefined,
        )
      : undefined;
  let exporters: Awaited<ReturnType<typeof loadExporters>> | null = null;
  if (kind === 'copy-md' || kind === 'md' || kind === 'checklist') {
    try {
      exporters = await loadExporters();
    } catch {
      return say('error', 'The export could not be loaded (are you offline?). Try again in a moment.');
    }
  }
  const flowSteps = Object.fromEntries(steps.map((s) => [s.question, s.flowText]));
  const markdown = () => exporters?.recordMarkdown(design, { steps, flowSteps, notes, diagram }) ?? '';
  if (kind === 'copy-md') {
    if (await copyText(markdown())) say('info', 'The design record is on the clipboard as Markdown.');
    else say('error', 'The browser did not allow copying; use Download Markdown.');
  }
  if (kind === 'md') downloadText(`${fileStem(design.name)}.md`, markdown(), 'text/markdown;charset=utf-8');
  if (kind === 'json') downloadText(`${fileStem(design.name)}.json`, designJson(design, now()), 'application/json');
  if (kind === 'share') {
    const url = `${location.origin}${location.pathname}${shareFragment('design', designJson(design, now()))}`;
    if (await copyText(url)) say('info', 'A link carrying this design is on the clipboard.');
    else say('error', 'The browser did not allow copying. Copy the link from this field:', { link: url });
  }
  if (kind === 'print') window.print();
  if (kind === 'checklist' && exporters) {
    const result = exporters.startChecklistReview(design, checklistItems, steps, notes.warnings, now(), newId());
    if (!result.ok) return say('error', result.error);
    const held = result.heldBack ? `; ${result.heldBack} left open because of open warnings` : '';
    say(
      'info',
      `Checklist review “${result.name}” created: ${result.ticked} items ticked where the design’s answers address them${held}. Each says so in its note; the rest are open.`,
      {
        href: { url: checklistHref, label: 'Open the checklist' },
      },
    );
  }
}
