// ESLint: the layer boundaries (eslint/layers.mjs) and a modest set of correctness rules.
// Run by `npm run lint`, which `npm test` runs first.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.mjs';

export default tseslint.config(
  // Build outputs and caches (as .gitignore), and fixtures.
  {
    ignores: [
      'dist/**',
      'dist-vsix/**',
      '.test-dist/**',
      '.test-cache/**',
      '.scratch/**',
      'test-results/**',
      'node_modules/**',
      'test/fixtures/**',
      'test/vscode/workspace/**',
      '**/*.d.ts',
    ],
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'policy-writer': layers },
    rules: {
      'policy-writer/layers': 'error',
      // Kept off so the existing code passes as it is (other work edits these files in parallel):
      // `any` at library seams (citeproc, pdf.js), deliberate CJK and control characters in
      // patterns, and escapes that are redundant but harmless.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-irregular-whitespace': 'off',
      'no-control-regex': 'off',
      'no-useless-escape': 'off',
      'prefer-const': 'off',
    },
  },
  {
    // Benchmarks and tests use comma expressions for terse set-up.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
