import { useEffect, useRef, useState } from 'react';
import { clampStep, type FlowAction } from '../../lib/flow/design';
import { stepFromHash } from '../../lib/flow/hash';
import { STEP_COUNT } from '../../lib/flow/storage';
import type { Design } from '../../lib/flow/types';
import type { FlowStepInfo } from './types';

/**
 * The selected step: the open design's current step, or the one being explored with no design open.
 * `goTo` selects a step, announces it, moves focus to its heading and records it in the address
 * (#step-N), so Back and Forward step through the steps taken; an address naming a step selects it.
 */
export function useStepNavigation(
  steps: readonly FlowStepInfo[],
  design: Design | undefined,
  dispatch: (action: FlowAction) => void,
  ready: boolean,
) {
  const [exploreStep, setExploreStep] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  const current = design ? design.current : exploreStep;

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
    if (focusPending.current) {
      focusPending.current = false;
      headingRef.current?.focus();
    }
  }, [current]);

  return { current, exploreStep, goTo, headingRef, announcement };
}
