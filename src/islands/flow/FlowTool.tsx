import { useEffect, useMemo, useRef, useState } from 'react';
import { designJson, FLOW_STORAGE_KEY, flowCodec } from '../../lib/flow/storage';
import { EMPTY_FLOW, flowReducer, stepStatus, type FlowAction, type StepStatus } from '../../lib/flow/design';
import { stepFromHash } from '../../lib/flow/hash';
import { recordMarkdown } from '../../lib/flow/record';
import { deriveNotes, notesForStep } from '../../lib/flow/rules';
import { fileStem, readTextFile } from '../../lib/files';
import { shareFragment } from '../../lib/share';
import { activeItem } from '../../lib/shelf';
import { copyText, downloadText, newId } from '../browser';
import { usePersistentReducer } from '../usePersistentReducer';
import { DesignBar } from './DesignBar';
import { DesignDiagram } from './DesignDiagram';
import { DesignRecord } from './DesignRecord';
import { FlowDiagram } from './FlowDiagram';
import { StepPanel } from './StepPanel';
import { startChecklistReview } from './to-checklist';
import type { FlowMessage, FlowToolProps } from './types';
import { loadImporter, useSharedDesign } from './useSharedDesign';

/** The decision flowchart and guided "Design an integration" mode on /flow/. */
export default function FlowTool({ steps, rules, preset, checklistHref, checklistItems }: FlowToolProps) {
  const { state: doc, dispatch, notice, dismissNotice, ready } = usePersistentReducer(FLOW_STORAGE_KEY, flowCodec, flowReducer, EMPTY_FLOW);
  const design = activeItem(doc);
  const [exploreStep, setExploreStep] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const { offer, closeOffer } = useSharedDesign(ready, steps, setMessage);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  // Focus after an action whose button disappears: the design bar's (see DesignBar), or Undo after a delete.
  const [barFocus, setBarFocus] = useState(0);
  const focusBar = () => setBarFocus((n) => n + 1);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  const current = design ? design.current : exploreStep;
  const notes = useMemo(() => deriveNotes(rules, design?.answers ?? {}), [rules, design]);
  const now = () => new Date().toISOString();

  const statuses: Record<number, StepStatus> = {};
  const warned: Record<number, boolean> = {};
  for (const step of steps) {
    statuses[step.question] = stepStatus(design?.answers[String(step.question)]);
    warned[step.question] = notesForStep(notes.warnings, step.question).length > 0;
  }

  const announce = (n: number) => {
    const step = steps.find((s) => s.question === n);
    if (step) setAnnouncement(`Step ${n} of 17: ${step.flowText}`);
  };
  const goTo = (n: number) => {
    const target = Math.min(17, Math.max(1, n));
    if (design) dispatch({ type: 'goto', step: target });
    else setExploreStep(target);
    focusPending.current = true;
    announce(target);
  };
  /** Edits need an open design: start one on the first answer. */
  const edit = (action: FlowAction) => {
    if (!design) dispatch({ type: 'create', id: newId(), name: 'Untitled design', now: now() });
    if (!design && exploreStep) dispatch({ type: 'goto', step: exploreStep });
    dispatch(action);
  };

  // An address naming a step (/flow/#step-5, from a node opened in a new tab or a bookmark) selects it.
  const goToLatest = useRef(goTo);
  goToLatest.current = goTo;
  useEffect(() => {
    if (!ready) return;
    const fromHash = () => {
      const n = stepFromHash(location.hash);
      if (n !== null) goToLatest.current(n);
    };
    fromHash();
    addEventListener('hashchange', fromHash);
    return () => removeEventListener('hashchange', fromHash);
  }, [ready]);

  useEffect(() => {
    if (focusPending.current) {
      focusPending.current = false;
      headingRef.current?.focus();
    }
  }, [current]);
  useEffect(() => {
    if (focusUndo.current && doc.trash) undoRef.current?.focus();
    focusUndo.current = false;
  }, [doc.trash]);

  const flowSteps = Object.fromEntries(steps.map((s) => [s.question, s.flowText]));
  const exportAs = async (kind: 'copy-md' | 'md' | 'json' | 'share' | 'print' | 'checklist') => {
    if (!design) return;
    // The record ends with the diagram as Mermaid: its writer loads on use (without it, the record has none).
    const diagram = kind === 'copy-md' || kind === 'md' ? await import('../../lib/diagram/exports').then((x) => x.designMermaid(design), () => undefined) : undefined;
    const markdown = () => recordMarkdown(design, { steps, flowSteps, notes, diagram });
    if (kind === 'copy-md') setMessage((await copyText(markdown())) ? { kind: 'info', text: 'The design record is on the clipboard as Markdown.' } : { kind: 'error', text: 'The browser did not allow copying; use Download Markdown.' });
    if (kind === 'md') downloadText(`${fileStem(design.name)}.md`, markdown(), 'text/markdown');
    if (kind === 'json') downloadText(`${fileStem(design.name)}.json`, designJson(design, now()), 'application/json');
    if (kind === 'share') {
      const url = `${location.origin}${location.pathname}${shareFragment('design', designJson(design, now()))}`;
      setMessage((await copyText(url)) ? { kind: 'info', text: 'A link carrying this design is on the clipboard.' } : { kind: 'error', text: `The browser did not allow copying. The link is: ${url}` });
    }
    if (kind === 'print') window.print();
    if (kind === 'checklist') {
      const result = startChecklistReview(design, checklistItems, now(), newId());
      setMessage(result.ok ? { kind: 'info', text: `Checklist review “${result.name}” created with ${result.ticked} items ticked.`, href: checklistHref } : { kind: 'error', text: result.error });
    }
  };

  /** Imports a design export as a new design; true when it was imported. */
  const importFile = async (file: File): Promise<boolean> => {
    const refuse = (text: string) => {
      setMessage({ kind: 'error', text: `${text} Nothing was imported.` });
      return false;
    };
    const read = await readTextFile(file, 1_000_000);
    if (!read.ok) return refuse(read.reason === 'too-large' ? 'The file is larger than 1 MB.' : 'The browser could not read the file.');
    let importer: Awaited<ReturnType<typeof loadImporter>>;
    try {
      importer = await loadImporter();
    } catch {
      return refuse('The importer could not be loaded (are you offline?). Try again in a moment.');
    }
    const parsed = importer.parseDesign(read.text, steps);
    if (!parsed.ok) return refuse(parsed.error);
    dispatch({ type: 'import', id: newId(), now: now(), design: parsed.design });
    setMessage({ kind: 'info', text: `Imported “${parsed.design.name}” as a new design.` });
    return true;
  };

  const selected = current ? steps.find((s) => s.question === current) : undefined;
  return (
    <div className="flow-tool">
      <DesignBar
        designs={doc.items}
        active={design}
        ready={ready}
        focusRequest={barFocus}
        onNew={() => {
          dispatch({ type: 'create', id: newId(), name: 'Untitled design', now: now() });
          setMessage(null);
          focusPending.current = true;
          announce(1);
        }}
        onPreset={() => {
          dispatch({ type: 'loadPreset', id: newId(), now: now(), preset });
          setMessage({ kind: 'info', text: 'The worked example is loaded as a new design: all 17 steps are filled in.' });
        }}
        // The bar's picker goes when the design opens: focus comes back to the bar.
        onImport={(file) => void importFile(file).then((imported) => imported && focusBar())}
        onSwitch={(id) => {
          dispatch({ type: 'switch', id });
          setMessage(null);
        }}
        onRename={(name) => {
          dispatch({ type: 'rename', name, now: now() });
          setMessage(null);
        }}
        onDelete={() => {
          if (!design) return;
          dispatch({ type: 'delete', id: design.id });
          setMessage(null);
          focusUndo.current = true;
        }}
      />

      <div className="tool-messages" role="status">
        {notice?.kind === 'corrupt' && (
          <p className="tool-alert">
            Your saved designs could not be read ({notice.reason}). The page started clean; the unreadable data is kept.{' '}
            <button type="button" onClick={() => downloadText('designs-backup.json', notice.raw, 'application/json')}>
              Download the backup
            </button>{' '}
            <button type="button" onClick={dismissNotice}>
              Dismiss
            </button>
          </p>
        )}
        {notice?.kind === 'unavailable' && <p className="tool-alert">Designs cannot be saved in this browser ({notice.reason}): they last for this visit only.</p>}
        {doc.trash && (
          <p>
            Deleted “{doc.trash.item.name}”.{' '}
            <button
              type="button"
              ref={undoRef}
              onClick={() => {
                dispatch({ type: 'undoDelete' });
                setMessage(null);
                focusBar();
              }}
            >
              Undo
            </button>
          </p>
        )}
        {offer && (
          <p className="tool-offer">
            This link carries the design “{offer.name}”.{' '}
            <button
              type="button"
              onClick={() => {
                dispatch({ type: 'import', id: newId(), now: now(), design: offer });
                closeOffer();
                setMessage({ kind: 'info', text: `Imported “${offer.name}” as a new design.` });
                focusBar();
              }}
            >
              Import it as a new design
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                closeOffer();
                focusBar();
              }}
            >
              Dismiss
            </button>
          </p>
        )}
        {message && (
          <p className={message.kind === 'error' ? 'tool-alert' : 'tool-info'}>
            {message.text} {message.href && <a href={message.href}>Open the checklist</a>}
          </p>
        )}
      </div>

      <div className="flow-layout">
        <FlowDiagram steps={steps} statuses={statuses} current={current} warned={warned} onSelect={goTo} />
        <div className="flow-panel">
          {selected ? (
            <StepPanel
              step={selected}
              answer={design?.answers[String(selected.question)]}
              notes={[...notesForStep(notes.warnings, selected.question), ...notesForStep(notes.recommendations, selected.question)]}
              headingRef={headingRef}
              onChoose={(field, option, multi) => edit({ type: 'choose', step: selected.question, field, option, multi, now: now() })}
              onText={(prop, value) => edit({ type: 'setText', step: selected.question, prop, value, now: now() })}
              onNa={(value) => edit({ type: 'setNa', step: selected.question, value, now: now() })}
              onKey={(value) => edit({ type: 'setKey', step: selected.question, value, now: now() })}
              onGo={goTo}
            />
          ) : (
            <div className="flow-intro">
              <h2>Walk the framework</h2>
              <p>Select a step in the diagram to see why it matters and the choices it asks for, or start a design and take the 17 steps in order.</p>
              <p>Your designs stay in this browser. Export them as an architecture decision record in Markdown, or share one as a link.</p>
            </div>
          )}
        </div>
      </div>

      {design && (
        <DesignRecord design={design} steps={steps} notes={notes} onExport={(kind) => void exportAs(kind)} onImport={(file) => void importFile(file)}>
          <DesignDiagram design={design} onLabel={(key, value) => edit({ type: 'setLabel', key, value, now: now() })} onMessage={setMessage} />
        </DesignRecord>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
