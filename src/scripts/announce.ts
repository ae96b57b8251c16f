/**
 * Says a short message to screen readers through one polite live region per page (created on first
 * use, visually hidden). A button whose label changes to "Copied" is not announced by most screen
 * readers; this is.
 */
let region: HTMLElement | undefined;

export function announce(message: string): void {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.className = 'sr-only';
    region.dataset['announcer'] = '';
    document.body.append(region);
  }
  const target = region;
  // Emptied first, so the same message twice in a row is announced twice.
  target.textContent = '';
  requestAnimationFrame(() => (target.textContent = message));
}
