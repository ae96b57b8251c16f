// ESLint (flat config): the recommended rules of ESLint and typescript-eslint over the TypeScript,
// the Astro plugin over .astro files, jsx-a11y over the islands. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'e2e/fixtures/', 'reports/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    // The shared drop-down (src/islands/shared/Select.tsx) renders a native <select>: check it as one.
    settings: { 'jsx-a11y': { components: { Select: 'select' } } },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrolling table sits in a focusable, named <section> (a region), so keyboard users scroll it too.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel', 'region'] }],
      // Keyboard shortcuts are delegated to a container (a form, a list) from the controls inside it;
      // pointer handlers on non-interactive elements stay errors.
      'jsx-a11y/no-noninteractive-element-interactions': [
        'error',
        { handlers: ['onClick', 'onMouseDown', 'onMouseUp'] },
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are errors, except the deliberately ignored (`_name`) and rest siblings.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // Deliberate: stripping terminal colours and control characters from text.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Tests and build scripts report figures on the console.
    files: ['e2e/**', '**/*.test.ts', 'astro.config.mjs', '*.config.*'],
    // Property tests feed out-of-range numbers (1e309 is Infinity) on purpose.
    rules: { 'no-console': 'off', 'no-loss-of-precision': 'off' },
  },
);
