import { describe, expect, it } from 'vitest';
import { cardKeyAction, isInteractive, type CardKeyEvent, type KeyOrigin } from './card-keys';

const prompt: KeyOrigin = { tagName: 'H2', role: null, editable: false, inCard: true, shortcuts: false };
const body: KeyOrigin = { tagName: 'BODY', role: null, editable: false, inCard: false, shortcuts: false };
const endSession: KeyOrigin = { tagName: 'BUTTON', role: null, editable: false, inCard: true, shortcuts: false };
const rateGood: KeyOrigin = { ...endSession, shortcuts: true };
const searchClose: KeyOrigin = { tagName: 'BUTTON', role: null, editable: false, inCard: false, shortcuts: false };

const press = (key: string, origin: KeyOrigin = prompt, extra: Partial<CardKeyEvent> = {}): CardKeyEvent => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  defaultPrevented: false,
  dialogOpen: false,
  origin,
  ...extra,
});

describe('cardKeyAction', () => {
  it('shows the answer on Space, then rates it on 1–4, from the card or with nothing focused', () => {
    for (const origin of [prompt, body]) {
      expect(cardKeyAction(press(' ', origin), false)).toEqual({ type: 'reveal' });
      expect(cardKeyAction(press('1', origin), true)).toEqual({ type: 'rate', rating: 1 });
      expect(cardKeyAction(press('4', origin), true)).toEqual({ type: 'rate', rating: 4 });
    }
  });
  it('rates only once the answer is shown, and Space does nothing then', () => {
    expect(cardKeyAction(press('3'), false)).toBeNull();
    expect(cardKeyAction(press(' '), true)).toBeNull();
  });
  it('ignores other keys, and digits outside 1–4', () => {
    for (const key of ['0', '5', 'Enter', 'a', 'Spacebar', '12']) expect(cardKeyAction(press(key), true)).toBeNull();
  });
  it('leaves a control its own keys: Space on "End session" ends the session, a link keeps its keys', () => {
    expect(cardKeyAction(press(' ', endSession), false)).toBeNull();
    expect(cardKeyAction(press('3', endSession), true)).toBeNull();
    expect(cardKeyAction(press('2', { ...prompt, tagName: 'A' }), true)).toBeNull();
    expect(cardKeyAction(press(' ', { ...prompt, tagName: 'DIV', role: 'button' }), false)).toBeNull();
  });
  it("still takes the shortcuts on the card's own controls, which declare them", () => {
    expect(cardKeyAction(press('1', rateGood), true)).toEqual({ type: 'rate', rating: 1 });
    expect(cardKeyAction(press(' ', { ...rateGood, tagName: 'BUTTON' }), false)).toEqual({ type: 'reveal' });
  });
  it('ignores everything while a dialog is open over the card', () => {
    expect(cardKeyAction(press(' ', searchClose, { dialogOpen: true }), false)).toBeNull();
    expect(cardKeyAction(press('1', searchClose, { dialogOpen: true }), true)).toBeNull();
    expect(cardKeyAction(press('1', body, { dialogOpen: true }), true)).toBeNull();
    expect(cardKeyAction(press(' ', prompt, { dialogOpen: true }), false)).toBeNull();
  });
  it('ignores keys from outside the flashcards, even from a control declaring shortcuts', () => {
    expect(cardKeyAction(press(' ', { ...prompt, inCard: false }), false)).toBeNull();
    expect(cardKeyAction(press('1', searchClose), true)).toBeNull();
    expect(cardKeyAction(press('1', { ...searchClose, shortcuts: true }), true)).toBeNull();
  });
  it('ignores Ctrl, ⌘ and Alt combinations, Shift+Space and keys already handled; Shift+digit still rates (AZERTY)', () => {
    expect(cardKeyAction(press(' ', prompt, { ctrlKey: true }), false)).toBeNull();
    expect(cardKeyAction(press('1', prompt, { metaKey: true }), true)).toBeNull();
    expect(cardKeyAction(press('1', prompt, { altKey: true }), true)).toBeNull();
    expect(cardKeyAction(press(' ', prompt, { shiftKey: true }), false)).toBeNull();
    expect(cardKeyAction(press('1', prompt, { defaultPrevented: true }), true)).toBeNull();
    expect(cardKeyAction(press('2', prompt, { shiftKey: true }), true)).toEqual({ type: 'rate', rating: 2 });
  });
});

describe('isInteractive', () => {
  const at = (tagName: string, role: string | null = null, editable = false) =>
    isInteractive({ tagName, role, editable });
  it('knows controls, links and text fields by tag, role or contenteditable', () => {
    for (const tag of ['BUTTON', 'a', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY']) expect(at(tag), tag).toBe(true);
    expect(at('DIV', 'button')).toBe(true);
    expect(at('SPAN', ' Radio ')).toBe(true);
    expect(at('LI', 'option presentation')).toBe(true);
    expect(at('DIV', null, true)).toBe(true);
  });
  it('leaves headings, the body and landmarks alone', () => {
    for (const tag of ['H2', 'H3', 'BODY', 'ARTICLE', 'SECTION', 'MAIN']) expect(at(tag), tag).toBe(false);
    expect(at('SECTION', 'region')).toBe(false);
  });
});
