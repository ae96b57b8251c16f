/** The zoom levels of the figure viewer: 1 is the figure fitted to the screen. */
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 6;
/** One press of + or − multiplies or divides the zoom by this. */
export const ZOOM_STEP = 1.5;

/** A zoom level kept within ZOOM_MIN…ZOOM_MAX (and rounded, so repeated steps land back on 1). */
export function clampZoom(scale: number): number {
  if (!Number.isFinite(scale)) return ZOOM_MIN;
  return Math.round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, scale)) * 1000) / 1000;
}

/** The zoom after a key press: "+"/"=" in, "-" out, "0" back to fit; null for any other key. */
export function zoomForKey(key: string, scale: number): number | null {
  if (key === '+' || key === '=') return clampZoom(scale * ZOOM_STEP);
  if (key === '-' || key === '_') return clampZoom(scale / ZOOM_STEP);
  if (key === '0') return ZOOM_MIN;
  return null;
}

/** The zoom after a pinch: the level at the pinch's start times how far the fingers spread since. */
export function zoomForPinch(startScale: number, startDistance: number, distance: number): number {
  if (startDistance <= 0) return clampZoom(startScale);
  return clampZoom((startScale * distance) / startDistance);
}

/**
 * The scroll offset that keeps the point under `focus` (a position in the viewport, 0…viewport) in
 * place when the content grows from `from` to `to` times its fitted size.
 */
export function keepInPlace(scroll: number, focus: number, from: number, to: number): number {
  return Math.max(0, ((scroll + focus) * to) / from - focus);
}

/** The zoom as readers say it: "100 %", "225 %". */
export function zoomLabel(scale: number): string {
  return `${Math.round(scale * 100)} %`;
}
