// Inlined in every page's <head> (src/layouts/Base.astro) and run before first paint, so the page
// never flashes the wrong colours: the stored choice, or the system's scheme when the choice is Auto,
// always lands on <html data-theme>; src/scripts/theme.ts keeps it in step afterwards. Its hash is
// added to the Content-Security-Policy in astro.config.mjs.
(() => {
  const root = document.documentElement;
  root.classList.add('js');
  let theme = null;
  try {
    theme = localStorage.getItem('theme');
  } catch {
    // Storage blocked: follow the system.
  }
  if (theme !== 'light' && theme !== 'dark')
    theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.dataset.theme = theme;
})();
