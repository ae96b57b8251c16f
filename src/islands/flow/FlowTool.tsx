import { Suspense, lazy, useEffect, useMemo, useState, type ComponentType } from 'react';
import { refusalMessage } from '../../lib/storage-persistence';
import {
  designFromPreset,
  EMPTY_FLOW,
  flowReducer,
  newDesign,
  stepStatus,
  type FlowAction,
  type StepStatus,
} from '../../lib/flow/design';
import { FLOW_STORAGE_KEY, flowCodec, STEP_COUNT } from '../../lib/flow/storage';
import { deriveNotes, notesForStep } from '../../lib/flow/rules';
import { activeItem } from '../../lib/documents/shelf';
import { newId } from '../browser';
import { DocumentBar } from '../shared/DocumentBar';
import { FilePicker } from '../shared/FilePicker';
import { Notices, type Notice } from '../shared/Notices';
import { storageNotice } from '../shared/storageNotices';
import { useNotices } from '../shared/useNotices';
import { usePersistentReducer } from '../usePersistentReducer';
import { exportDesign } from './exportDesign';
import { DesignDiagram } from './LazyDesignDiagram';
import { FlowDiagram } from './FlowDiagram';
import { StepPanel } from './StepPanel';
import type { FlowToolProps } from './types';
import { useDesignImport } from './useDesignImport';
import { useStepNavigation } from './useStepNavigation';
import type { CasePracticeProps } from '../practice/types';

const now = () => new Date().toISOString();
// Practising a case (/flow/?case=<id>): the case mode, its data and the comparison load only then.
const loadPractice = () => import('../practice/CasePractice');
// The design record shows only once a design is open (never in the server-rendered first view): its chunk
// is requested as soon as this module runs, in parallel with reading storage, and keeps the page within its budget.
const loadRecord = () => import('./DesignRecord').then((m) => ({ default: m.DesignRecord }));
if (!import.meta.env.SSR) void loadRecord();
const DesignRecord = lazy(loadRecord);
/** The case mode's component, once loaded, and the case (and attempt) the address names. */
type Practice = { Component: ComponentType<CasePracticeProps>; open: { caseId: string; attemptId: string | null } };

/** The decision flowchart and guided "Design an integration" mode on /flow/. */
export default function FlowTool({ steps, rules, preset, checklistHref, checklistItems }: FlowToolProps) {
  const stored = usePersistentReducer(FLOW_STORAGE_KEY, flowCodec, flowReducer, EMPTY_FLOW);
  const { state: doc, dispatch, ready } = stored;
  const design = activeItem(doc);
  const { report, clear, at: noticesAt } = useNotices<'bar' | 'record' | 'diagram'>();
  // Focus after an action whose button disappears: back to the design bar.
  const [barFocus, setBarFocus] = useState(0);
  const focusBar = () => setBarFocus((n) => n + 1);
  const { current, exploreStep, goTo, headingRef, announcement } = useStepNavigation(steps, design, dispatch, ready);
  const { importFile, offerNotice } = useDesignImport(steps, doc, dispatch, ready, report, focusBar);
  const notes = useMemo(() => deriveNotes(rules, design?.answers ?? {}), [rules, design]);
  const [practice, setPractice] = useState<Practice | null>(null);

  const statuses: Record<number, StepStatus> = {};
  const warned: Record<number, boolean> = {};
  for (const step of steps) {
    statuses[step.question] = stepStatus(design?.answers[String(step.question)]);
    warned[step.question] = notesForStep(notes.warnings, step.question).length > 0;
  }

  /** Edits need an open design: start one on the first answer. */
  const edit = (action: FlowAction) => {
    if (!design)
      dispatch({
        type: 'create',
        item: { ...newDesign(newId(), 'Untitled design', now()), current: exploreStep ?? 1 },
      });
    dispatch(action);
  };

  useEffect(() => {
    if (!ready) return;
    const params = new URLSearchParams(location.search);
    const caseId = params.get('case');
    if (!caseId) return;
    loadPractice().then(
      (m) => setPractice({ Component: m.default, open: { caseId, attemptId: params.get('attempt') } }),
      () =>
        report(
          'bar',
          'error',
          'The practice case could not be loaded (are you offline?). Reload the page to try again.',
        ),
    );
  }, [ready]);

  const storage = storageNotice(stored, {
    things: 'designs',
    started: 'The page',
    backupFile: 'designs-backup.json',
    notPersisted: refusalMessage('your designs', 'Download each design record as JSON'),
  });
  const barNotices: Notice[] = [storage, offerNotice, ...noticesAt('bar')].filter((n) => n !== undefined);

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
        <practice.Component {...practice.open} {...{ steps, rules, layout, goTo }} flow={doc} dispatchFlow={dispatch} />
      ) : (
        layout
      )}

      {design && (
        <Suspense fallback={null}>
          <DesignRecord
            design={design}
            steps={steps}
            notes={notes}
            onExport={(kind) =>
              void exportDesign(kind, design, {
                steps,
                notes,
                checklistItems,
                checklistHref,
                say: (tone, text, extra) => report('record', tone, text, extra),
              })
            }
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
