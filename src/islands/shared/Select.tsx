import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';

/** One choice of a `Select`: the value it stands for and its words. */
export interface Choice {
  value: string;
  label: ReactNode;
}

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  value: string;
  choices: readonly Choice[];
  /** Called with the value of the choice picked. */
  onPick: (value: string) => void;
  ref?: Ref<HTMLSelectElement>;
};

/** A native drop-down list over `choices`, the one way the tools offer a choice among many. */
export function Select({ choices, onPick, ...select }: Props) {
  return (
    <select {...select} onChange={(e) => onPick(e.currentTarget.value)}>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
