/** The zones drawn as frames round their boxes, each with its caption. */
import type { Box } from './boxes';
import type { Zone } from './model';
import { CHAR } from './text';

/** A zone's frame and caption. */
export interface Frame {
  zone: Zone;
  caption: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The captions of the zones that get a frame. */
export const ZONE_CAPTIONS: Partial<Record<Zone, string>> = {
  instance: 'ServiceNow instance',
  network: 'Customer network',
  middleware: 'Middleware',
  kafka: 'Kafka',
};

/** The room between a frame and the boxes inside it, in px. */
export const FRAME_PAD = 14;
/** The room above a frame's first box, for its caption, in px. */
export const FRAME_TOP = 34;

/** Whether a box sits in a frame. Off the path only the instance and Kafka are framed (an optional MID Server states its condition instead). */
export const isFramed = (b: Pick<Box, 'component' | 'row'>): boolean =>
  Boolean(ZONE_CAPTIONS[b.component.zone]) &&
  (b.component.zone === 'instance' || b.row === 1 || b.component.role === 'topic');

/** The frames round the placed boxes: one per zone that has framed boxes, at least as wide as its caption. */
export function framesOf(boxes: Box[]): Frame[] {
  const frames: Frame[] = [];
  for (const [zone, caption] of Object.entries(ZONE_CAPTIONS) as [Zone, string][]) {
    const inZone = boxes.filter((b) => b.component.zone === zone && isFramed(b));
    if (!inZone.length) continue;
    const left = Math.min(...inZone.map((b) => b.x)) - FRAME_PAD;
    const top = Math.min(...inZone.map((b) => b.y)) - FRAME_TOP;
    const w = Math.max(
      Math.max(...inZone.map((b) => b.x + b.w)) + FRAME_PAD - left,
      caption.length * CHAR.caption + 2 * FRAME_PAD,
    );
    frames.push({ zone, caption, x: left, y: top, w, h: Math.max(...inZone.map((b) => b.y + b.h)) + FRAME_PAD - top });
  }
  return frames;
}
