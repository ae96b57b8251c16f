import { parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ThemeChoice } from '../lib/theme';

const systemDark = matchMedia('(prefers-color-scheme: dark)');

function read(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

// The head script in Base.astro does the same before first paint; this keeps it true afterwards.
function apply(choice: ThemeChoice): void {
  document.documentElement.dataset['theme'] = resolveTheme(choice, systemDark.matches);
}

/** Wires every theme <select> on the page: reflects the stored choice, stores changes, follows the system on Auto. */
export function initTheme(): void {
  let current = read();
  const show = (choice: ThemeChoice) => {
    current = choice;
    apply(choice);
    for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-select] select'))
      select.value = choice;
  };
  for (const wrapper of document.querySelectorAll<HTMLElement>('[data-theme-select]')) {
    const select = wrapper.querySelector('select');
    if (!select) continue;
    select.value = current;
    select.addEventListener('change', () => {
      const choice = parseThemeChoice(select.value);
      show(choice);
      try {
        if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
        else localStorage.setItem(THEME_STORAGE_KEY, choice);
      } catch {
        // Storage unavailable (private mode): the choice holds for this page view only.
      }
    });
  }
  // The system switched between light and dark: Auto follows it at once.
  systemDark.addEventListener('change', () => {
    if (current === 'auto') apply('auto');
  });
  // Another tab changed the theme: follow it.
  addEventListener('storage', (event) => {
    if (event.key === THEME_STORAGE_KEY) show(parseThemeChoice(event.newValue));
  });
}
