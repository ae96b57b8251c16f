import { useRef, type KeyboardEvent } from 'react';
import { layoutFlow, NARROW, WIDE, wrapText, type FlowLayout } from '../../lib/flow/layout';
import type { StepStatus } from '../../lib/flow/design';
import { isPlainClick } from '../../lib/flow/hash';
import { stepLabel, stepPrompt } from '../../lib/questions';
import { STEP_COUNT } from '../../lib/flow/storage';
import type { FlowStepInfo } from './types';

interface Props {
  steps: FlowStepInfo[];
  statuses: Record<number, StepStatus>;
  current: number | null;
  /** Whether warnings point at a step. */
  warned: Record<number, boolean>;
  onSelect: (step: number) => void;
}

// Both layouts are in the HTML and CSS shows one (flow.css): the snake on wide screens, one column on
// phones. Nothing depends on measuring the screen, so the server render and hydration agree (no shift).
const VARIANTS = [
  { name: 'wide', layout: layoutFlow(STEP_COUNT, 3, WIDE), wrap: 27 },
  { name: 'narrow', layout: layoutFlow(STEP_COUNT, 1, NARROW), wrap: 44 },
] as const satisfies readonly { name: string; layout: FlowLayout; wrap: number }[];
const STATUS_TEXT: Record<StepStatus, string> = { answered: '✓ Answered', na: '– Not applicable', open: '' };

/**
 * The 17-step decision flow as an SVG diagram. Each node is a link to its step (so the diagram
 * works before hydration and without JavaScript); once hydrated, a click or Enter selects the step.
 * One node is in the tab order at a time; arrow keys, Home and End move between nodes.
 */
export function FlowDiagram({ steps, statuses, current, warned, onSelect }: Props) {
  const refs = useRef<Record<string, (HTMLAnchorElement | null)[]>>({ wide: [], narrow: [] });
  const focusable = current ?? 1;

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, n: number, variant: string) => {
    const moves: Record<string, number> = {
      ArrowRight: n + 1,
      ArrowDown: n + 1,
      ArrowLeft: n - 1,
      ArrowUp: n - 1,
      Home: 1,
      End: STEP_COUNT,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      refs.current[variant]?.[Math.min(STEP_COUNT, Math.max(1, target)) - 1]?.focus();
    } else if (event.key === ' ') {
      event.preventDefault();
      onSelect(n);
    }
  };

  return (
    <figure className="flow-diagram">
      {VARIANTS.map(({ name, layout, wrap }) => (
        <svg
          key={name}
          className={`flow-diagram-${name}`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby={`flow-diagram-title-${name}`}
        >
          <title
            id={`flow-diagram-title-${name}`}
          >{`Decision flow: ${STEP_COUNT} steps from business need to fallback`}</title>
          <defs>
            <marker
              id={`flow-arrow-${name}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" className="flow-arrowhead" />
            </marker>
          </defs>
          {layout.edges.map((edge) => (
            <path key={edge.from} d={edge.d} className="flow-edge" markerEnd={`url(#flow-arrow-${name})`} />
          ))}
          {layout.nodes.map((box) => {
            const step = steps.find((s) => s.question === box.n);
            if (!step) return null;
            const status = statuses[box.n] ?? 'open';
            const isCurrent = current === box.n;
            const label = stepLabel(step.flowText);
            const prompt = wrapText(stepPrompt(step.flowText), wrap, 2);
            return (
              <a
                key={box.n}
                href={`#step-${box.n}`}
                ref={(el) => {
                  (refs.current[name] ??= [])[box.n - 1] = el;
                }}
                tabIndex={box.n === focusable ? 0 : -1}
                className={`flow-node status-${status}${isCurrent ? ' is-current' : ''}${warned[box.n] ? ' is-warned' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={(event) => {
                  // Ctrl/⌘/Shift-click opens the step's address (/flow/#step-N) as the browser would.
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  onSelect(box.n);
                }}
                onKeyDown={(event) => onKeyDown(event, box.n, name)}
              >
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx="10" className="flow-box" />
                <circle cx={box.x + 20} cy={box.y + 22} r="13" className="flow-badge" />
                <text x={box.x + 20} y={box.y + 27} textAnchor="middle" className="flow-number">
                  {box.n}
                </text>
                <text x={box.x + 40} y={box.y + 27} className="flow-label">
                  {label}
                </text>
                {prompt.map((line, i) => (
                  <text key={line} x={box.x + 12} y={box.y + 50 + i * 15} className="flow-prompt">
                    {line}
                  </text>
                ))}
                {/* State in words as well as colour: the text is part of the link's accessible name. */}
                {(STATUS_TEXT[status] || warned[box.n]) && (
                  <text x={box.x + box.w - 10} y={box.y + box.h - 7} textAnchor="end" className="flow-status">
                    {warned[box.n] ? '⚠ Warning ' : ''}
                    {STATUS_TEXT[status]}
                  </text>
                )}
                {/* Drawn last and outside the box, so focus shows over every state's own stroke. */}
                <rect
                  x={box.x - 6}
                  y={box.y - 6}
                  width={box.w + 12}
                  height={box.h + 12}
                  rx="14"
                  className="flow-focus-ring"
                />
              </a>
            );
          })}
        </svg>
      ))}
    </figure>
  );
}
