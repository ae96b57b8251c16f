import { refusalMessage } from '../../lib/storage-persistence';
import { Suspense, lazy, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { designJson, FLOW_STORAGE_KEY, flowCodec, STEP_COUNT } from '../../lib/flow/storage';
import {
  clampStep,
  designFromPreset,
  EMPTY_FLOW,
  flowReducer,
  newDesign,
  stepStatus,
  type FlowAction,
  type StepStatus,
} from '../../lib/flow/design';
import { stepFromHash } from '../../lib/flow/hash';
import { deriveNotes, notesForStep } from '../../lib/flow/rules';
import { activeItem } from '../../lib/documents/shelf';
import { uniqueName } from '../../lib/documents/names';
import type { Design } from '../../lib/flow/types';
import { fileStem } from '../../lib/files';
import { shareFragment } from '../../lib/share';
import { copyText, downloadText, newId } from '../browser';
import { DocumentBar } from '../shared/DocumentBar';
import { FilePicker } from '../shared/FilePicker';
import { Notices, dismiss, type Notice } from '../shared/Notices';
import { useNotices } from '../shared/useNotices';
import { useShareOffer } from '../shared/useShareOffer';
import { usePersistentReducer } from '../usePersistentReducer';
import { DesignDiagram } from './LazyDesignDiagram';
import type { ExportKind } from './DesignRecord';
import { FlowDiagram } from './FlowDiagram';
import { StepPanel } from './StepPanel';
import type { FlowToolProps } from './types';
import type { CasePracticeProps } from '../practice/types';

// The importer loads only when a file or a share link is opened; the checklist's storage when a review is started.
const loadImporter = () => import('../../lib/flow/codec');
// The record's Markdown and the checklist review load only when the reader exports.
const loadExporters = () => import('./exporters');
const now = () => new Date().toISOString();
// Practising a case (/flow/?case=<id>): the case mode, its data and the comparison load only then.
const loadPractice = () => import('../practice/CasePractice');
// The design record shows only once a design is open (never in the server-rendered first view): its chunk
// is requested as soon as this module runs, in parallel with reading storage, and keeps the page within its budget.
const loadRecord = () => import('./DesignRecord').then((m) => ({ default: m.DesignRecord }));
if (!import.meta.env.SSR) void loadRecord();
const DesignRecord = lazy(loadRecord);
type Practice = { Component: ComponentType<CasePracticeProps>; caseId: string; attemptId: string | null };

/** The decision flowchart and guided "Design an integration" mode on /flow/. */
export default function FlowTool({ steps, rules, preset, checklistHref, checklistItems }: FlowToolProps) {
  const {
    state: doc,
    dispatch,
    notice,
    dismissNotice,
    ready,
  } = usePersistentReducer(FLOW_STORAGE_KEY, flowCodec, flowReducer, EMPTY_FLOW);
  const design = activeItem(doc);
  const [exploreStep, setExploreStep] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { report, clear, at: noticesAt } = useNotices<'bar' | 'record' | 'diagram'>();
  const refuse = (why: string) => report('bar', 'error', `This share link cannot be opened: ${why}.`);
  const readLink = (hash: string) =>
    loadImporter().then(({ parseDesignLink }) => {
      const result = parseDesignLink(hash, steps);
      return result && (result.ok ? { ok: true as const, value: result.design } : result);
    });
  const { offer, closeOffer } = useShareOffer<Design>(ready, 'design', readLink, refuse);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  // Focus after an action whose button disappears: back to the design bar.
  const [barFocus, setBarFocus] = useState(0);
  const focusBar = () => setBarFocus((n) => n + 1);
  const current = design ? design.current : exploreStep;
  const notes = useMemo(() => deriveNotes(rules, design?.answers ?? {}), [rules, design]);
  const [practice, setPractice] = useState<Practice | null>(null);

  const statuses: Record<number, StepStatus> = {};
  const warned: Record<number, boolean> = {};
  for (const step of steps) {
    statuses[step.question] = stepStatus(design?.answers[String(step.question)]);
    warned[step.question] = notesForStep(notes.warnings, step.question).length > 0;
  }

  /** Selects step `n`; `push` records it in the address (#step-N) so Back and Forward step through the steps taken. */
  const goTo = (n: number, push = true) => {
    const target = clampStep(n);
    if (design) dispatch({ type: 'goto', step: target });
    else setExploreStep(target);
    focusPending.current = true;
    const step = steps.find((s) => s.question === target);
    if (step) setAnnouncement(`Step ${target} of ${STEP_COUNT}: ${step.flowText}`);
    if (push && location.hash !== `#step-${target}`) history.pushState(history.state, '', `#step-${target}`);
  };
  /** Edits need an open design: start one on the first answer. */
  const edit = (action: FlowAction) => {
    if (!design)
      dispatch({
        type: 'create',
        item: { ...newDesign(newId(), 'Untitled design', now()), current: exploreStep ?? 1 },
      });
    dispatch(action);
  };

  // An address naming a step (/flow/#step-5: a bookmark, a node opened in a new tab, Back or Forward) selects it.
  const goToLatest = useRef(goTo);
  goToLatest.current = goTo;
  useEffect(() => {
    if (!ready) return;
    const fromHash = () => {
      const n = stepFromHash(location.hash);
      if (n !== null) goToLatest.current(n, false);
    };
    fromHash();
    addEventListener('hashchange', fromHash);
    addEventListener('popstate', fromHash);
    return () => {
      removeEventListener('hashchange', fromHash);
      removeEventListener('popstate', fromHash);
    };
  }, [ready]);

  useEffect(() => {
    if (!ready) return;
    const params = new URLSearchParams(location.search);
    const caseId = params.get('case');
    if (!caseId) return;
    loadPractice().then(
      (m) => setPractice({ Component: m.default, caseId, attemptId: params.get('attempt') }),
      () =>
        report(
          'bar',
          'error',
          'The practice case could not be loaded (are you offline?). Reload the page to try again.',
        ),
    );
  }, [ready]);

  useEffect(() => {
    if (focusPending.current) {
      focusPending.current = false;
      headingRef.current?.focus();
    }
  }, [current]);

  const flowSteps = Object.fromEntries(steps.map((s) => [s.question, s.flowText]));
  const exportAs = async (kind: ExportKind) => {
    if (!design) return;
    const say = (tone: 'info' | 'error', text: string, extra: { link?: string; href?: Notice['href'] } = {}) =>
      report('record', tone, text, extra);
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
  };

  /** Imports a design export as a new design. */
  const importFile = async (file: File) => {
    const refuseFile = (why: string) =>
      report('bar', 'error', `“${file.name}” was not imported: ${why}. Nothing was changed.`);
    let importer: Awaited<ReturnType<typeof loadImporter>>;
    try {
      importer = await loadImporter();
    } catch {
      return refuseFile('the importer could not be loaded (are you offline?). Try again in a moment');
    }
    const parsed = await importer.readDesignFile(file, steps);
    if (!parsed.ok) return refuseFile(parsed.error);
    importDesign(parsed.design, ' (imported)');
  };
  const importDesign = (imported: Design, suffix: string) => {
    const name = uniqueName(
      doc.items.map((d) => d.name),
      imported.name,
      suffix,
    );
    dispatch({ type: 'import', item: imported, newId: newId(), suffix });
    report('bar', 'info', `Imported “${name}” as a new design.`);
    focusBar();
  };

  const barNotices: Notice[] = noticesAt('bar');
  if (offer) {
    const close = () => (closeOffer(), focusBar());
    barNotices.unshift({
      key: 'offer',
      tone: 'offer',
      text: `This link carries the design “${offer.name}”. Importing it adds a new design; yours stay as they are.`,
      actions: [
        { label: 'Import it as a new design', primary: true, run: () => (close(), importDesign(offer, ' (shared)')) },
        dismiss(close, 'the shared design'),
      ],
    });
  }
  if (notice?.kind === 'corrupt') {
    barNotices.unshift({
      key: 'backup',
      tone: 'warning',
      text: `Your saved designs could not be read (${notice.reason}). The page started clean; the unreadable data is kept.`,
      actions: [
        {
          label: 'Download the backup',
          primary: true,
          run: () => downloadText('designs-backup.json', notice.raw, 'application/json'),
        },
        dismiss(dismissNotice, 'the backup notice'),
      ],
    });
  }
  if (notice?.kind === 'not-persisted')
    barNotices.unshift({
      key: 'persist',
      tone: 'info',
      text: refusalMessage('your designs', 'Download each design record as JSON'),
    });
  if (notice?.kind === 'unavailable')
    barNotices.unshift({
      key: 'storage',
      tone: 'warning',
      text: `Designs cannot be saved in this browser (${notice.reason}): they last for this visit only.`,
    });

  const selected = current ? steps.find((s) => s.question === current) : undefined;
  const layout = (
    <div className="flow-layout">
      <FlowDiagram steps={steps} statuses={statuses} current={current} warned={warned} onSelect={goTo} />
      <div className="flow-panel">
        {selected ? (
          <StepPanel
            step={selected}
            answer={design?.answers[String(selected.question)]}
            notes={[
              ...notesForStep(notes.warnings, selected.question),
              ...notesForStep(notes.recommendations, selected.question),
            ]}
            headingRef={headingRef}
            onChoose={(field, option, multi) =>
              edit({ type: 'choose', step: selected.question, field, option, multi, at: now() })
            }
            onText={(prop, value) => edit({ type: 'setText', step: selected.question, prop, value, at: now() })}
            onNa={(value) => edit({ type: 'setNa', step: selected.question, value, at: now() })}
            onKey={(value) => edit({ type: 'setKey', step: selected.question, value, at: now() })}
            onGo={goTo}
          />
        ) : (
          <div className="flow-intro">
            <h2>Walk the framework</h2>
            <p>
              Select a step in the diagram to see why it matters and the choices it asks for, or start a design and take
              the {STEP_COUNT} steps in order.
            </p>
            <p>
              Your designs stay in this browser. Export them as an architecture decision record in Markdown, or share
              one as a link.
            </p>
          </div>
        )}
      </div>
    </div>
  );
  return (
    <div className="flow-tool">
      <DocumentBar
        noun="Design"
        documents={doc.items}
        active={design}
        ready={ready}
        trash={doc.trash}
        createLabel="Design an integration"
        focusRequest={barFocus}
        onCreate={() => {
          clear();
          dispatch({ type: 'create', item: newDesign(newId(), 'Untitled design', now()) });
          goTo(1);
        }}
        onSwitch={(id) => (clear(), dispatch({ type: 'switch', id }))}
        onRename={(name) => design && dispatch({ type: 'rename', id: design.id, name, at: now() })}
        onDuplicate={() =>
          design && (clear(), dispatch({ type: 'duplicate', id: design.id, newId: newId(), at: now() }))
        }
        onDelete={() => design && (clear(), dispatch({ type: 'delete', id: design.id, at: now() }))}
        onUndo={() => (clear(), dispatch({ type: 'undoDelete' }))}
        onForget={() => dispatch({ type: 'forgetDeleted' })}
        notices={<Notices notices={barNotices} />}
      >
        <button
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => {
            clear();
            dispatch({ type: 'create', item: designFromPreset(newId(), now(), preset) });
            report(
              'bar',
              'info',
              `The worked example is loaded as a new design: all ${STEP_COUNT} steps are filled in.`,
            );
          }}
        >
          Load the worked example
        </button>
        <FilePicker label="Import a design (JSON)…" disabled={!ready} onFile={(file) => void importFile(file)} />
      </DocumentBar>

      {practice ? (
        <practice.Component
          caseId={practice.caseId}
          attemptId={practice.attemptId}
          flow={doc}
          dispatchFlow={dispatch}
          steps={steps}
          rules={rules}
          layout={layout}
          goTo={goTo}
        />
      ) : (
        layout
      )}

      {design && (
        <Suspense fallback={null}>
          <DesignRecord
            design={design}
            steps={steps}
            notes={notes}
            onExport={(kind) => void exportAs(kind)}
            notices={<Notices notices={noticesAt('record')} />}
          >
            <DesignDiagram
              design={design}
              onLabel={(key, value) => edit({ type: 'setLabel', key, value, at: now() })}
              onMessage={(tone, text) => report('diagram', tone, text)}
              notices={<Notices notices={noticesAt('diagram')} />}
            />
          </DesignRecord>
        </Suspense>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
