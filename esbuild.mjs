import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
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
 * Large JSON files (the lexicons: 9 MB) stay out of the bundle: each is written beside it
 * (data/NAME.HASH.json) and read and parsed on first use (server/src/core/figures/lexicons.ts).
 * As an object literal V8 compiled them as code when the bundle loaded (about 0.4 s of every
 * start); as a string literal in the bundle they still cost 120-150 ms of reading and parsing the
 * script at every start of the server and of each index worker, and twice their size in memory
 * for as long as the script lives. The content hash in the name keeps the bundle's own hash (the
 * index cache's code version) changing with the data.
 */
function lazyLargeJson() {
  return {
    name: 'lazy-large-json',
    setup(build) {
      const dataDir = path.join(path.dirname(build.initialOptions.outfile), 'data');
      build.onLoad({ filter: /\.json$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (text.length < 1_000_000) return undefined;
        const json = JSON.stringify(JSON.parse(text));
        const name = `${path.basename(args.path, '.json')}.${createHash('sha1').update(json).digest('hex').slice(0, 12)}.json`;
        mkdirSync(dataDir, { recursive: true });
        if (!existsSync(path.join(dataDir, name))) writeFileSync(path.join(dataDir, name), json);
        const read = `require('fs').readFileSync(require('path').join(__dirname, 'data', ${JSON.stringify(name)}), 'utf8')`;
        return { contents: `export default { lazyJson: () => JSON.parse(${read}) };`, loader: 'js' };
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

// The data files of an earlier build (another lexicon's hash) go; this build writes its own.
rmSync('dist/data', { recursive: true, force: true });
// The PDF, Word and HTML extractors are a bundle of their own, which the server and the index
// worker load only when a corpus first holds such a file (server/src/extract/extractors.ts).
const extractorsApart = {
  name: 'extractors-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/extractors\.js$/ }, (args) => (args.importer.endsWith(path.join('extract', 'index.ts')) ? { path: './extractors.js', external: true } : undefined));
  },
};
const serverSide = { ...common, plugins: [...common.plugins, extractorsApart] };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...serverSide, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...serverSide, entryPoints: ['server/src/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  esbuild.build({ ...common, ...withPdfjs, entryPoints: ['server/src/extract/extractors.ts'], outfile: 'dist/extractors.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cliShim.ts'], outfile: 'dist/cli.js', external: ['./server.js'], banner: { js: '#!/usr/bin/env node' } }),
]);

// The bundled corpus, indexed now with the code just bundled (server/src/indexing/bundledIndex.ts):
// a first start serves it without waiting for the index worker. Without it (a failed step) the
// server indexes those files as any other.
rmSync('dist/corpus-index.bin', { force: true });
mkdirSync('.scratch', { recursive: true });
await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['server/src/prebuildIndex.ts'], outfile: '.scratch/prebuild-index.cjs' });
execFileSync(process.execPath, ['.scratch/prebuild-index.cjs', 'corpus', 'dist/corpus-index.bin'], { stdio: 'inherit' });
