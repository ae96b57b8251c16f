import {
  clampZoom,
  keepInPlace,
  ZOOM_MAX,
  ZOOM_MIN,
  ZOOM_STEP,
  zoomForKey,
  zoomForPinch,
  zoomLabel,
} from '../lib/zoom';
import css from './zoom-viewer.css?inline';

// The full-screen figure viewer: a native modal <dialog> holding a copy of the figure's drawing, with
// Zoom in, Zoom out, Fit and Close buttons, pinch to zoom, one-finger or scrollbar panning, and the
// keys +, -, 0 and Escape. Loaded on first use by zoomable-figure.ts. The zoom is the drawing's width
// set through the CSSOM (allowed by the page's Content-Security-Policy, unlike style attributes). Its styles come
// with it (zoom-viewer.css, as a constructed stylesheet): no page's CSS carries them.

let viewer: { dialog: HTMLDialogElement; show: (figure: HTMLElement, opener: HTMLElement) => void } | null = null;

function button(label: string, text: string, key: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'zoom-viewer-button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.setAttribute('aria-keyshortcuts', key);
  return element;
}

function create(): NonNullable<typeof viewer> {
  // As the search code does (src/scripts/search/search.ts): the styles as a constructed stylesheet, in the chunk
  // itself (a shared helper would be a chunk of its own, one more request for each).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const dialog = document.createElement('dialog');
  dialog.className = 'zoom-viewer';
  const bar = document.createElement('div');
  bar.className = 'zoom-viewer-bar';
  const title = document.createElement('h2');
  title.className = 'zoom-viewer-title';
  title.id = 'zoom-viewer-title';
  dialog.setAttribute('aria-labelledby', title.id);
  const zoomIn = button('Zoom in', '+', '+');
  const zoomOut = button('Zoom out', '−', '-');
  const fit = button('Fit to screen', 'Fit', '0');
  const close = button('Close', 'Close', 'Escape');
  const level = document.createElement('span');
  level.className = 'zoom-viewer-level';
  level.setAttribute('role', 'status');
  bar.append(title, zoomOut, level, zoomIn, fit, close);
  const stage = document.createElement('div');
  stage.className = 'zoom-viewer-stage';
  // A focusable region, so arrow keys pan a zoomed drawing.
  stage.tabIndex = 0;
  stage.setAttribute('role', 'region');
  stage.setAttribute('aria-label', 'Drawing, zoomable (+, -, 0); arrow keys scroll');
  const hint = document.createElement('p');
  hint.className = 'zoom-viewer-hint';
  hint.textContent = 'Pinch or press + and − to zoom, 0 to fit; drag or scroll to move around; Escape closes.';
  dialog.append(bar, stage, hint);
  document.body.append(dialog);

  let scale = ZOOM_MIN;
  let opener: HTMLElement | null = null;
  const drawing = () => stage.firstElementChild as HTMLElement | SVGElement | null;

  const setZoom = (next: number, focusX = stage.clientWidth / 2, focusY = stage.clientHeight / 2) => {
    const to = clampZoom(next);
    const target = drawing();
    if (!target) return;
    const left = keepInPlace(stage.scrollLeft, focusX, scale, to);
    const top = keepInPlace(stage.scrollTop, focusY, scale, to);
    target.style.width = `${to * 100}%`;
    stage.scrollLeft = left;
    stage.scrollTop = top;
    scale = to;
    level.textContent = zoomLabel(scale);
    zoomOut.disabled = scale <= ZOOM_MIN;
    zoomIn.disabled = scale >= ZOOM_MAX;
  };

  zoomIn.addEventListener('click', () => setZoom(scale * ZOOM_STEP));
  zoomOut.addEventListener('click', () => setZoom(scale / ZOOM_STEP));
  fit.addEventListener('click', () => setZoom(ZOOM_MIN));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const next = zoomForKey(event.key, scale);
    if (next === null) return;
    event.preventDefault();
    setZoom(next);
  });
  dialog.addEventListener('close', () => {
    stage.replaceChildren();
    opener?.focus();
  });

  // Pinch: two pointers on the stage; their spread since the start sets the zoom.
  const pointers = new Map<number, { x: number; y: number }>();
  let pinch: { scale: number; distance: number } | null = null;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  stage.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'touch') return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 2) pinch = { scale, distance: spread() };
  });
  stage.addEventListener('pointermove', (event) => {
    if (!pointers.has(event.pointerId)) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (!pinch || pointers.size !== 2) return;
    const [a, b] = [...pointers.values()];
    const box = stage.getBoundingClientRect();
    const midX = ((a?.x ?? 0) + (b?.x ?? 0)) / 2 - box.left;
    const midY = ((a?.y ?? 0) + (b?.y ?? 0)) / 2 - box.top;
    setZoom(zoomForPinch(pinch.scale, pinch.distance, spread()), midX, midY);
  });
  const lift = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
  };
  stage.addEventListener('pointerup', lift);
  stage.addEventListener('pointercancel', lift);

  return {
    dialog,
    show(figure, from) {
      opener = from;
      title.textContent = figure.dataset['zoomLabel'] ?? 'Figure';
      const source = figure.querySelector('svg, img');
      if (!source) return;
      const copy = source.cloneNode(true) as HTMLElement | SVGElement;
      // The copy is the same drawing: its ids would repeat the page's, so it is named by the dialog instead.
      for (const element of copy.querySelectorAll('title[id], desc[id]')) element.removeAttribute('id');
      copy.removeAttribute('aria-labelledby');
      copy.removeAttribute('aria-describedby');
      copy.setAttribute('aria-label', title.textContent);
      stage.replaceChildren(copy);
      scale = ZOOM_MIN;
      dialog.showModal();
      setZoom(ZOOM_MIN);
      stage.focus();
    },
  };
}

/** Opens the viewer on `figure`'s drawing; focus returns to `opener` when it closes. */
export function openZoomViewer(figure: HTMLElement, opener: HTMLElement): void {
  viewer ??= create();
  viewer.show(figure, opener);
}
