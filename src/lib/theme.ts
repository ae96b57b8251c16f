/** The choices the theme control offers: follow the system, or force one scheme. */
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
/** One of THEME_CHOICES. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** localStorage key for the reader's theme choice. */
export const THEME_STORAGE_KEY = 'theme';

/** Reads a stored value as a theme choice; anything unknown means "auto". */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** The scheme actually shown for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'auto') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}
