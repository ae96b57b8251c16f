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
    const dir = event.key === 'ArrowUp' ? 'up' : 'down';
    move(index, dir === 'up' ? index - 1 : index + 1, dir);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragging !== null) move(dragging, index, dragging > index ? 'up' : 'down');
    setDragging(null);
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <ol className="study-ordering" aria-label="Your order">
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
          <span className="study-ordering-handle" aria-hidden="true">
            ⠿
          </span>
          <span className="study-ordering-text">
            <Rich text={item} />
          </span>
          <span className="study-ordering-moves">
            <button
              type="button"
              ref={ref(`up:${item}`)}
              aria-label={`Move “${item}” up`}
              aria-disabled={disabled || index === 0}
              onClick={() => move(index, index - 1, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              ref={ref(`down:${item}`)}
              aria-label={`Move “${item}” down`}
              aria-disabled={disabled || index === items.length - 1}
              onClick={() => move(index, index + 1, 'down')}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
