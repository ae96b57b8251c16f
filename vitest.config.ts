import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules in src/lib (and the audit's report), colocated tests.
        // Mermaid is inlined so that its DOMPurify can be stubbed: its parser runs in Node, its renderer needs a DOM.
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'e2e/audit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['src/test-setup.ts'],
          server: { deps: { inline: ['mermaid'] } },
        },
      },
      {
        // Checks that read the built site in dist/ (fidelity to the seed, budgets): run after `npm run build`.
        test: { name: 'dist', include: ['e2e/dist/**/*.test.ts'], environment: 'node' },
      },
    ],
    coverage: { include: ['src/lib/**/*.ts'], exclude: ['src/lib/**/*.test.ts'] },
  },
});
