import type { ReactNode } from 'react';
import type { FlowAction, FlowDoc } from '../../lib/flow/design';
import type { Rule } from '../../lib/flow/types';
import type { FlowStepInfo } from '../flow/types';

/** What /flow/ hands the case mode when the address names a case (/flow/?case=<id>). */
export interface CasePracticeProps {
  caseId: string;
  /** An attempt to open (/flow/?case=<id>&attempt=<id>), else the case's open attempt or a new one. */
  attemptId: string | null;
  flow: FlowDoc;
  dispatchFlow: (action: FlowAction) => void;
  steps: FlowStepInfo[];
  rules: Rule[];
  /** The flow's diagram and step panel, placed beside the paper while practising. */
  layout: ReactNode;
  /** Opens step `n` of the flow. */
  goTo: (n: number) => void;
}
