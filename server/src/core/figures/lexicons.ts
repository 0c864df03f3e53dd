import zhEnData from '../../../../data/zhEnLexicon.json' with { type: 'json' };
import koEnData from '../../../../data/koEnLexicon.json' with { type: 'json' };
import jaEnData from '../../../../data/jaEnLexicon.json' with { type: 'json' };

/** A JSON import the bundle parses on first use (see esbuild.mjs); from source it is the data itself. */
interface LazyJson {
  lazyJson(): unknown;
}

/**
 * The lexicons (word -> space-separated English glosses; 6 MB of JSON) are parsed when a figure
 * is first read, not when the server loads: parsing them took about 0.4 s (with the garbage
 * collection it caused) before the server could answer its first request.
 */
function lazy<T>(imported: unknown): () => T {
  let value: T | undefined;
  return () => (value ??= (typeof (imported as LazyJson).lazyJson === 'function' ? (imported as LazyJson).lazyJson() : imported) as T);
}

/** Chinese words and their English glosses, derived from CC-CEDICT (scripts/build-lexicon.mjs). */
export const zhEnLexicon = lazy<Record<string, string>>(zhEnData);
/** Korean words by their Sino-Korean reading (scripts/build-korean-lexicon.mjs). */
export const koEnLexicon = lazy<Record<string, string>>(koEnData);
/** Japanese words written with kana, and verb stems, from EDICT (scripts/build-japanese-lexicon.mjs). */
export const jaEnLexicon = lazy<Record<string, string>>(jaEnData);
