import { parseThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from '../lib/theme';

function read(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'auto') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

/** Wires every theme <select> on the page: reflects the stored choice, stores changes. */
export function initTheme(): void {
  for (const wrapper of document.querySelectorAll<HTMLElement>('[data-theme-select]')) {
    const select = wrapper.querySelector('select');
    if (!select) continue;
    select.value = read();
    select.addEventListener('change', () => {
      const choice = parseThemeChoice(select.value);
      apply(choice);
      try {
        if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
        else localStorage.setItem(THEME_STORAGE_KEY, choice);
      } catch {
        // Storage unavailable (private mode): the choice holds for this page view only.
      }
    });
  }
  // Another tab changed the theme: follow it.
  addEventListener('storage', (event) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const choice = parseThemeChoice(event.newValue);
    apply(choice);
    for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-select] select')) select.value = choice;
  });
}
