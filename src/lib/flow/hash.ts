/** The step a `#step-N` address names (1–17), or null for any other fragment. */
export function stepFromHash(hash: string): number | null {
  const match = /^#step-(\d{1,2})$/.exec(hash);
  const n = match ? Number(match[1]) : NaN;
  return n >= 1 && n <= 17 ? n : null;
}

/** A click the page may take over: the main button, no modifier (Ctrl, ⌘, Shift, Alt open or save the link). */
export function isPlainClick(event: {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
