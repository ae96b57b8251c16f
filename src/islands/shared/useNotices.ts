import { useCallback, useState } from 'react';
import { dismiss, type Notice, type Tone } from './Notices';

/** A message reported at `place` (the part of the tool whose action caused it). */
interface Message<P extends string> {
  id: number;
  place: P;
  tone: Tone;
  text: string;
  link?: string | undefined;
  href?: Notice['href'];
}

/** What an action calls to say what happened, next to where it happened. */
export type Report<P extends string = string> = (
  place: P,
  tone: Tone,
  text: string,
  extra?: { link?: string; href?: Notice['href'] },
) => void;

let next = 0;

/** Messages by place: `report` adds one (a place keeps its last two), `at(place)` lists them as notices, `clear` empties all. */
export function useNotices<P extends string>() {
  const [messages, setMessages] = useState<Message<P>[]>([]);
  const report: Report<P> = useCallback((place, tone, text, extra = {}) => {
    next += 1;
    const message: Message<P> = { id: next, place, tone, text, link: extra.link, href: extra.href };
    setMessages((list) => [
      ...list.filter((m) => m.place !== place).slice(-4),
      ...list.filter((m) => m.place === place).slice(-1),
      message,
    ]);
  }, []);
  const clear = useCallback(() => setMessages([]), []);
  const at = (place: P): Notice[] =>
    messages
      .filter((m) => m.place === place)
      .map((m) => ({
        key: m.id,
        tone: m.tone,
        text: m.text,
        link: m.link,
        href: m.href,
        actions: [dismiss(() => setMessages((list) => list.filter((x) => x !== m)))],
      }));
  return { report, clear, at };
}
