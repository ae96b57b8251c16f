/** Turns the sidebar into a disclosure menu on small screens (without JS it stays a plain list). */
export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-button');
  const sidebar = document.getElementById('sidebar');
  if (!button || !sidebar) return;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('menu-open', open);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
}
