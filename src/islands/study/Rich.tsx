import type { ReactNode } from 'react';

/** Card text with `code` spans rendered as <code> (the only markup card text uses). */
export function Rich({ text }: { text: string }): ReactNode {
  const parts = text.split(/`([^`]+)`/);
  return parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
