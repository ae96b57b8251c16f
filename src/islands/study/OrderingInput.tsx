import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Rich } from './Rich';

interface Props {
  items: readonly string[];
  onChange: (items: string[]) => void;
  disabled: boolean;
  /** Announces moves (a role=status region owned by the parent). */
  announce: (message: string) => void;
}

function moved(items: readonly string[], from: number, to: number): string[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/** The two move buttons of an item (and its ↑ ↓ keys): which way, its arrow, the step. */
const MOVES = [
  { dir: 'up', arrow: '↑', step: -1 },
  { dir: 'down', arrow: '↓', step: 1 },
] as const;

/** An ordering answer: drag an item, or use its Move up / Move down buttons, or ↑ ↓ on them. */
export function OrderingInput({ items, onChange, disabled, announce }: Props) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [focus, setFocus] = useState<{ item: string; dir: 'up' | 'down' } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (focus) buttons.current.get(`${focus.dir}:${focus.item}`)?.focus();
  }, [focus, items]);

  const move = (from: number, to: number, dir: 'up' | 'down') => {
    if (disabled || to < 0 || to >= items.length || from === to) return;
    const item = items[from] ?? '';
    onChange(moved(items, from, to));
    setFocus({ item, dir });
    announce(`“${item}” moved to position ${to + 1} of ${items.length}.`);
  };
  const onKey = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const { dir, step } = MOVES[event.key === 'ArrowUp' ? 0 : 1];
    move(index, index + step, dir);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    // The dragged item travels with the drag itself: the drop does not depend on the render that followed dragstart.
    const carried = items.indexOf(event.dataTransfer.getData('text/plain'));
    const from = carried >= 0 ? carried : dragging;
    if (from !== null) move(from, index, from > index ? 'up' : 'down');
    setDragging(null);
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <ol className="ordering-input" aria-label="Your order">
      {items.map((item, index) => (
        <li
          key={item}
          className={dragging === index ? 'is-dragging' : undefined}
          draggable={!disabled}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', item);
            setDragging(index);
          }}
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => onDrop(event, index)}
          onDragEnd={() => setDragging(null)}
          onKeyDown={(event) => onKey(event, index)}
        >
          <span className="ordering-input-handle" aria-hidden="true">
            ⠿
          </span>
          <span className="ordering-input-text">
            <Rich text={item} />
          </span>
          <span className="ordering-input-moves">
            {MOVES.map(({ dir, arrow, step }) => (
              <button
                key={dir}
                type="button"
                className="button"
                ref={ref(`${dir}:${item}`)}
                aria-label={`Move “${item}” ${dir}`}
                aria-disabled={disabled || index + step < 0 || index + step >= items.length}
                onClick={() => move(index, index + step, dir)}
              >
                {arrow}
              </button>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}
