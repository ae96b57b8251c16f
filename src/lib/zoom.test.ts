import { describe, expect, it } from 'vitest';
import { clampZoom, keepInPlace, ZOOM_MAX, ZOOM_MIN, zoomForKey, zoomForPinch, zoomLabel } from './zoom';

describe('zoom', () => {
  it('keeps the level between fitted and six times', () => {
    expect(clampZoom(0.2)).toBe(ZOOM_MIN);
    expect(clampZoom(40)).toBe(ZOOM_MAX);
    expect(clampZoom(Number.NaN)).toBe(ZOOM_MIN);
    expect(clampZoom(2.25)).toBe(2.25);
  });
  it('steps in with + or =, out with -, back to fit with 0, and ignores other keys', () => {
    expect(zoomForKey('+', 1)).toBe(1.5);
    expect(zoomForKey('=', 1.5)).toBe(2.25);
    expect(zoomForKey('-', 2.25)).toBe(1.5);
    expect(zoomForKey('-', 1)).toBe(1);
    expect(zoomForKey('0', 4)).toBe(1);
    expect(zoomForKey('a', 2)).toBeNull();
    // Three steps in and three out land exactly on 1 again.
    let scale = 1;
    for (const key of ['+', '+', '+', '-', '-', '-']) scale = zoomForKey(key, scale) ?? scale;
    expect(scale).toBe(1);
  });
  it('follows the fingers of a pinch, within the limits', () => {
    expect(zoomForPinch(1, 100, 200)).toBe(2);
    expect(zoomForPinch(2, 100, 50)).toBe(1);
    expect(zoomForPinch(4, 100, 400)).toBe(ZOOM_MAX);
    expect(zoomForPinch(2, 0, 50)).toBe(2);
  });
  it('keeps the point under the focus still while zooming', () => {
    // A point 100 px into a 300 px viewport, scrolled 0: at twice the size it sits at 200, so scroll 100.
    expect(keepInPlace(0, 100, 1, 2)).toBe(100);
    expect(keepInPlace(100, 100, 2, 1)).toBe(0);
    expect(keepInPlace(0, 0, 2, 1)).toBe(0);
  });
  it('says the level in percent', () => {
    expect(zoomLabel(1)).toBe('100 %');
    expect(zoomLabel(2.25)).toBe('225 %');
  });
});
