import type { RatingValue } from './schedule';

/** What a key press does to the flashcard on screen. */
export type CardKeyAction = { type: 'reveal' } | { type: 'rate'; rating: RatingValue };

/** The element a key press came from, as plain facts (the island reads them off the DOM). */
export interface KeyOrigin {
  /** `Element.tagName`, upper case for HTML elements. */
  tagName: string;
  /** Its `role` attribute, if any. */
  role: string | null;
  /** Whether it is contenteditable. */
  editable: boolean;
  /** Whether it sits inside the flashcard session. */
  inCard: boolean;
  /** Whether it declares `aria-keyshortcuts`: the card's own controls (Show answer, the ratings). */
  shortcuts: boolean;
}

/** A key press on the page while a flashcard is shown. */
export interface CardKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Another handler has already acted on it. */
  defaultPrevented: boolean;
  origin: KeyOrigin;
  /** A dialog (the modal search) is open over the page. */
  dialogOpen: boolean;
}

const INTERACTIVE_TAGS = new Set([
  'A',
  'AREA',
  'AUDIO',
  'BUTTON',
  'IFRAME',
  'INPUT',
  'OPTION',
  'SELECT',
  'SUMMARY',
  'TEXTAREA',
  'VIDEO',
]);
const INTERACTIVE_ROLES = new Set(
  'button checkbox combobox gridcell link listbox menuitem menuitemcheckbox menuitemradio option radio scrollbar searchbox slider spinbutton switch tab textbox treeitem'.split(
    ' ',
  ),
);

/** Whether an element has keys of its own (a control, a link, a text field), so page shortcuts must leave its keys alone. */
export function isInteractive(origin: Pick<KeyOrigin, 'tagName' | 'role' | 'editable'>): boolean {
  return (
    origin.editable ||
    INTERACTIVE_TAGS.has(origin.tagName.toUpperCase()) ||
    INTERACTIVE_ROLES.has(origin.role?.trim().split(/\s+/)[0]?.toLowerCase() ?? '')
  );
}

/** Whether a key press from `origin` is meant for the card: the card itself, the page with nothing focused, or one of the card's own controls. */
function forTheCard(origin: KeyOrigin): boolean {
  if (isInteractive(origin)) return origin.inCard && origin.shortcuts;
  // Nothing focused (the body), or a non-control part of the card such as its prompt or answer heading.
  return origin.inCard || /^(BODY|HTML)$/i.test(origin.tagName);
}

/**
 * What a key press does to the card shown (`revealed`: its answer is on screen): Space shows the
 * answer, 1–4 rate it. Nothing while a dialog is open, with Ctrl, ⌘ or Alt, or when the key comes
 * from a control or link other than the card's own (Space on "End session" ends the session).
 */
export function cardKeyAction(event: CardKeyEvent, revealed: boolean): CardKeyAction | null {
  if (event.dialogOpen || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (!forTheCard(event.origin)) return null;
  // Shift+Space scrolls up; Shift is not refused for digits, which need it on some layouts (AZERTY).
  if (event.key === ' ' && !event.shiftKey) return revealed ? null : { type: 'reveal' };
  if (/^[1-4]$/.test(event.key)) return revealed ? { type: 'rate', rating: Number(event.key) as RatingValue } : null;
  return null;
}
