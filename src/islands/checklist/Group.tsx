import type { ChecklistGroup } from '../../lib/checklist/model';
import { progressLabel, type Progress } from '../../lib/checklist/progress';
import type { Finding } from '../../lib/checklist/reducer';
import type { ItemState, ItemStatus } from '../../lib/checklist/schema';
import { Item } from './Item';
import { Meter } from './Meter';

interface Props {
  group: ChecklistGroup;
  progress: Progress;
  items: Readonly<Record<string, ItemState>>;
  onStatus: (itemId: string, status: ItemStatus | null) => void;
  onNote: (itemId: string, note: string) => void;
  onFinding: (itemId: string, finding: Finding) => void;
  onRemove: (itemId: string) => void;
}

/** A group heading with its progress, then its items. */
export function Group({ group, progress, items, ...on }: Props) {
  return (
    <section className="checklist-group" aria-labelledby={group.id}>
      <div className="checklist-group-head">
        <h2 id={group.id}>{group.title}</h2>
        <Meter label={`${group.title} progress`} progress={progress} text={progressLabel(progress)} />
      </div>
      <ul className="checklist-items">
        {group.items.map((item) => (
          <Item key={item.id} item={item} state={Object.hasOwn(items, item.id) ? items[item.id] : undefined} {...on} />
        ))}
      </ul>
    </section>
  );
}
