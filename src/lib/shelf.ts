/**
 * A shelf of named documents (designs, reviews): one active, the last deleted kept for undo.
 * Pure functions; time and ids come in as arguments.
 */

/** What every shelved document carries. */
export interface Named {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** The documents, which one is open, and the last one deleted (for undo). */
export interface Shelf<T extends Named> {
  activeId: string | null;
  items: T[];
  trash?: { item: T; index: number } | undefined;
}

/** The open document, if any. */
export function activeItem<T extends Named>(shelf: Shelf<T>): T | undefined {
  return shelf.items.find((item) => item.id === shelf.activeId);
}

/** `name`, or `name (2)`, `name (3)`… so that no two documents share a name. */
export function uniqueName<T extends Named>(shelf: Shelf<T>, name: string): string {
  const taken = new Set(shelf.items.map((item) => item.name));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

/** Adds a document and opens it. */
export function addItem<T extends Named>(shelf: Shelf<T>, item: T): Shelf<T> {
  return { ...shelf, activeId: item.id, items: [...shelf.items, item] };
}

/** Opens another document (unknown ids are ignored). */
export function switchTo<T extends Named>(shelf: Shelf<T>, id: string): Shelf<T> {
  return shelf.items.some((item) => item.id === id) ? { ...shelf, activeId: id } : shelf;
}

/** Applies `change` to the open document and stamps it with `now`. */
export function updateActive<T extends Named>(shelf: Shelf<T>, now: string, change: (item: T) => T): Shelf<T> {
  const active = activeItem(shelf);
  if (!active) return shelf;
  return { ...shelf, items: shelf.items.map((item) => (item === active ? { ...change(item), updatedAt: now } : item)) };
}

/** Deletes a document, keeping it for undo; opens a neighbour. */
export function removeItem<T extends Named>(shelf: Shelf<T>, id: string): Shelf<T> {
  const index = shelf.items.findIndex((item) => item.id === id);
  const item = shelf.items[index];
  if (!item) return shelf;
  const items = shelf.items.filter((_, i) => i !== index);
  const activeId = shelf.activeId === id ? (items[Math.min(index, items.length - 1)]?.id ?? null) : shelf.activeId;
  return { activeId, items, trash: { item, index } };
}

/** Brings back the last deleted document where it was, and opens it. */
export function undoRemove<T extends Named>(shelf: Shelf<T>): Shelf<T> {
  if (!shelf.trash) return shelf;
  const { item, index } = shelf.trash;
  if (shelf.items.some((other) => other.id === item.id)) return { ...shelf, trash: undefined };
  const items = [...shelf.items];
  items.splice(Math.min(index, items.length), 0, item);
  return { activeId: item.id, items, trash: undefined };
}
