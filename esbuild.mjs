import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

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
  plugins: [lazyLargeJson()],
};

/**
 * Large JSON files (the lexicons: 6 MB) go into the bundle as one string, parsed by JSON.parse on
 * first use (server/src/core/figures/lexicons.ts): as an object literal V8 compiled them as code
 * when the bundle loaded, about 0.4 s of every start before the server could answer anything.
 */
function lazyLargeJson() {
  return {
    name: 'lazy-large-json',
    setup(build) {
      build.onLoad({ filter: /\.json$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (text.length < 1_000_000) return undefined;
        return { contents: `const text = ${JSON.stringify(JSON.stringify(JSON.parse(text)))};\nexport default { lazyJson: () => JSON.parse(text) };`, loader: 'js' };
      });
    },
  };
}

mkdirSync('dist', { recursive: true });
// The repo is "type": "module" (so tests run our TypeScript as ESM); the bundles are CommonJS.
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');

// --tests: the VS Code test runner and suite, which run inside VS Code's extension host (CommonJS).
if (process.argv.includes('--tests')) {
  mkdirSync('.test-dist/vscode', { recursive: true });
  writeFileSync('.test-dist/package.json', '{ "type": "commonjs" }\n');
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['test/vscode/runTests.ts'], outfile: '.test-dist/vscode/runTests.js', external: ['@vscode/test-electron'] }),
    esbuild.build({ ...common, entryPoints: ['test/vscode/suite.ts'], outfile: '.test-dist/vscode/suite.js', external: ['vscode', 'mocha'] }),
  ]);
  process.exit(0);
}

// pdf.js (bundled into the server and the index worker) reads CMaps and standard fonts from files:
// they go beside the bundle, so CJK PDFs extract offline. Its ESM code asks import.meta.url for a
// require function (to look for an optional canvas package, for rendering only): give it the bundle's URL.
cpSync('node_modules/pdfjs-dist/cmaps', 'dist/pdfjs/cmaps', { recursive: true });
cpSync('node_modules/pdfjs-dist/standard_fonts', 'dist/pdfjs/standard_fonts', { recursive: true });
cpSync('node_modules/pdfjs-dist/LICENSE', 'dist/pdfjs/LICENSE');
const withPdfjs = {
  define: { 'import.meta.url': '__pwImportMetaUrl' },
  banner: { js: 'var __pwImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, ...withPdfjs, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, ...withPdfjs, entryPoints: ['server/src/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cliShim.ts'], outfile: 'dist/cli.js', external: ['./server.js'], banner: { js: '#!/usr/bin/env node' } }),
]);

// The bundled corpus, indexed now with the code just bundled (server/src/indexing/bundledIndex.ts):
// a first start serves it without waiting for the index worker. Without it (a failed step) the
// server indexes those files as any other.
rmSync('dist/corpus-index.bin', { force: true });
mkdirSync('.scratch', { recursive: true });
await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['server/src/prebuildIndex.ts'], outfile: '.scratch/prebuild-index.cjs' });
execFileSync(process.execPath, ['.scratch/prebuild-index.cjs', 'corpus', 'dist/corpus-index.bin'], { stdio: 'inherit' });
