import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');

/** One bundle per entry: the client (vscode is provided by the editor), the server, the CLI. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer ESM builds: some packages' UMD builds (jsonc-parser) hide requires from the bundler.
  mainFields: ['module', 'main'],
};

mkdirSync('dist', { recursive: true });
// The repo is "type": "module" (so tests run our TypeScript as ESM); the bundles are CommonJS.
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
