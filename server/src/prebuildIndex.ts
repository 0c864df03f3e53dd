import { readdirSync } from 'node:fs';
import { BundledIndex } from './indexing/bundledIndex.js';

// Build step (esbuild.mjs): indexes the bundled corpus into dist/corpus-index.bin with the code
// just bundled. Usage: node prebuild-index.cjs CORPUS_FOLDER OUT_FILE
const [folder, out] = process.argv.slice(2);
const names = (readdirSync(folder, { recursive: true }) as string[]).map((n) => n.split('\\').join('/')).filter((n) => !n.split('/').some((part) => part.startsWith('.'))).sort();
BundledIndex.write(folder, out, names);
