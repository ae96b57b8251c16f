/**
 * One shelf of named documents for every tool (checklist reviews, flow designs, later kinds):
 * create, rename, duplicate, delete with undo, switch, import as new, all with unique names.
 * Pure: ids and times come in with the actions, so the islands pass `newId()` and the clock.
 */
import { cleanName, uniqueName } from './names';

/** What every shelved document carries. */
export interface Named {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** The last deleted document, where it was, and the blank one that replaced it (if any). */
export interface Trash<T> {
  item: T;
  index: number;
  deletedAt?: string | undefined;
  replacementId?: string | undefined;
}

/** The documents, which one is open, and the last one deleted (for undo). */
export interface Shelf<T extends Named> {
  activeId: string | null;
  items: T[];
  trash?: Trash<T> | undefined;
}

/** Everything a reader can do to the shelf itself (a tool adds its own edits of one document). */
export type ShelfAction<T extends Named> =
  | { type: 'create'; item: T }
  | { type: 'rename'; id: string; name: string; at: string }
  | { type: 'duplicate'; id: string; newId: string; at: string }
  /** `replacement`: the blank document to open when the last one goes (the checklist always has one). */
  | { type: 'delete'; id: string; at: string; replacement?: T }
  | { type: 'undoDelete' }
  | { type: 'forgetDeleted' }
  | { type: 'switch'; id: string }
  /** `suffix` marks where the copy came from when its name is taken: " (imported)", " (shared)". */
  | { type: 'import'; item: T; newId: string; suffix: string };

const SHELF_ACTIONS = new Set([
  'create',
  'rename',
  'duplicate',
  'delete',
  'undoDelete',
  'forgetDeleted',
  'switch',
  'import',
]);

/** Whether an action is one of the shelf's own (the rest are a tool's edits). */
export function isShelfAction<T extends Named>(action: { type: string }): action is ShelfAction<T> {
  return SHELF_ACTIONS.has(action.type);
}

/** The open document: the active one, else the first, else none. */
export function activeItem<T extends Named>(shelf: Shelf<T>): T | undefined {
  return shelf.items.find((item) => item.id === shelf.activeId) ?? shelf.items[0];
}

/** `activeId` pointing at a document that exists (or null on an empty shelf). */
export function withValidActive<T extends Named, S extends Shelf<T>>(shelf: S): S {
  const activeId = activeItem(shelf)?.id ?? null;
  return activeId === shelf.activeId ? shelf : { ...shelf, activeId };
}

function names<T extends Named>(items: readonly T[]): string[] {
  return items.map((item) => item.name);
}

function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const at = Math.min(index, list.length);
  return [...list.slice(0, at), value, ...list.slice(at)];
}

function withoutTrash<T extends Named, S extends Shelf<T>>(shelf: S): S {
  const { trash: _trash, ...rest } = shelf;
  return rest as S; // S minus an optional key is still S
}

/** Applies `change` to document `id` and stamps it with `at`; unchanged when `change` returns null. */
export function updateItem<S extends Shelf<Named>>(
  shelf: S,
  id: string,
  at: string,
  change: (item: S['items'][number]) => S['items'][number] | null,
): S {
  const index = shelf.items.findIndex((item) => item.id === id);
  const item = shelf.items[index];
  const next = item ? change(item) : null;
  if (!next) return shelf;
  return { ...shelf, items: shelf.items.map((other, i) => (i === index ? { ...next, updatedAt: at } : other)) };
}

/** Applies one shelf action; returns the same object when nothing changes. */
export function shelfReducer<T extends Named, S extends Shelf<T>>(shelf: S, action: ShelfAction<T>): S {
  const has = (id: string) => shelf.items.some((item) => item.id === id);
  switch (action.type) {
    case 'create': {
      if (has(action.item.id)) return shelf;
      const item = { ...action.item, name: uniqueName(names(shelf.items), action.item.name) };
      return { ...shelf, activeId: item.id, items: [...shelf.items, item] };
    }
    case 'rename': {
      const name = cleanName(action.name);
      if (!name) return shelf;
      const taken = names(shelf.items.filter((item) => item.id !== action.id));
      return updateItem(shelf, action.id, action.at, (item) =>
        item.name === name ? null : { ...item, name: uniqueName(taken, name) },
      );
    }
    case 'duplicate': {
      const index = shelf.items.findIndex((item) => item.id === action.id);
      const source = shelf.items[index];
      if (!source || has(action.newId)) return shelf;
      // Documents are never mutated, so the copy may share their parts.
      const copy = {
        ...source,
        id: action.newId,
        name: uniqueName(names(shelf.items), `${source.name} (copy)`),
        createdAt: action.at,
        updatedAt: action.at,
      };
      return { ...shelf, activeId: copy.id, items: insertAt(shelf.items, index + 1, copy) };
    }
    case 'delete': {
      const index = shelf.items.findIndex((item) => item.id === action.id);
      const item = shelf.items[index];
      if (!item) return shelf;
      let items = shelf.items.filter((other) => other !== item);
      const replacement =
        items.length === 0 && action.replacement && action.replacement.id !== item.id ? action.replacement : undefined;
      if (replacement) items = [replacement];
      const neighbour = items[index] ?? items[index - 1] ?? null;
      const activeId = items.some((other) => other.id === shelf.activeId) ? shelf.activeId : (neighbour?.id ?? null);
      const trash: Trash<T> = {
        item,
        index,
        deletedAt: action.at,
        ...(replacement ? { replacementId: replacement.id } : {}),
      };
      return { ...shelf, activeId, items, trash };
    }
    case 'undoDelete': {
      const trash = shelf.trash;
      if (!trash) return shelf;
      if (has(trash.item.id)) return withoutTrash<T, S>(shelf);
      // The blank document that replaced the last one gives way to it, unless it was used meanwhile.
      const others = shelf.items.filter(
        (item) => !(item.id === trash.replacementId && item.updatedAt === item.createdAt),
      );
      // A document made meanwhile may have taken the name: the one brought back gets a number.
      const restored = { ...trash.item, name: uniqueName(names(others), trash.item.name) };
      return { ...withoutTrash<T, S>(shelf), activeId: restored.id, items: insertAt(others, trash.index, restored) };
    }
    case 'forgetDeleted':
      return shelf.trash ? withoutTrash<T, S>(shelf) : shelf;
    case 'switch':
      return shelf.activeId !== action.id && has(action.id) ? { ...shelf, activeId: action.id } : shelf;
    case 'import': {
      if (has(action.newId)) return shelf;
      const item = {
        ...action.item,
        id: action.newId,
        name: uniqueName(names(shelf.items), action.item.name, action.suffix),
      };
      return { ...shelf, activeId: item.id, items: [...shelf.items, item] };
    }
  }
}
