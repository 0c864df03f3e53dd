import * as http from 'node:http';

/*
 * Zotero's citation picker through Better BibTeX's Cite-as-you-write endpoint on the loopback
 * address. Plain Node (no vscode import), so the tests drive it against a local stand-in; the
 * command in commands.ts shows what it returns.
 *
 * `?probe=true` answers "ready" at once when Zotero runs with Better BibTeX; `?format=pandoc`
 * opens Zotero's picker and answers, once the writer has chosen, with the keys in Pandoc syntax
 * ("@key1; @key2", with brackets when asked), or with nothing when the picker was closed.
 */

export const ZOTERO_CAYW_URL = 'http://127.0.0.1:23119/better-bibtex/cayw';

export type ZoteroPick =
  | { kind: 'citation'; keys: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

export interface ZoteroOptions {
  /** the endpoint (default Zotero's port 23119; Juris-M uses 24119) */
  url?: string;
  /** how long the quick "is Zotero there" question may take */
  probeTimeoutMs?: number;
  /** how long the writer may take in Zotero's picker */
  pickTimeoutMs?: number;
  /** aborts the wait (the editor's Cancel button) */
  signal?: AbortSignal;
  /** translates a message with {0}-style placeholders (vscode.l10n.t in the editor); default: English */
  t?: Translate;
}

export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;

/** English, placeholders filled in: what vscode.l10n.t gives without a bundle. */
const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => (args[+i] === undefined ? m : String(args[+i])));

/** Asks Zotero for a citation; never throws, and never waits longer than the timeouts. */
export async function pickCitationFromZotero(options: ZoteroOptions = {}): Promise<ZoteroPick> {
  const url = options.url ?? ZOTERO_CAYW_URL;
  const t = options.t ?? english;
  const probe = await get(`${url}?probe=true`, options.probeTimeoutMs ?? 2000, options.signal);
  if (probe.kind === 'error') return { kind: 'error', message: probe.code === 'timeout' || probe.code === 'ECONNREFUSED' || probe.code === 'ECONNRESET' ? t('Zotero is not running (nothing answers at {0}). Start Zotero with the Better BibTeX add-on, then try again.', url === ZOTERO_CAYW_URL ? '127.0.0.1:23119' : url) : t('Zotero could not be reached at {0}: {1}', url, probe.message) };
  if (probe.kind === 'aborted') return { kind: 'cancelled' };
  if (probe.status === 404) return { kind: 'error', message: t('Zotero is running, but Better BibTeX is not installed (or is still starting): install the Better BibTeX add-on for Zotero to insert citations from Zotero.') };
  if (probe.status !== 200 || probe.body.trim() !== 'ready') return { kind: 'error', message: t("Zotero's Better BibTeX is not ready ({0}); try again in a moment.", `HTTP ${probe.status}${probe.body.trim() ? `: ${clip(probe.body)}` : ''}`) };
  const pickTimeoutMs = options.pickTimeoutMs ?? 180_000;
  const pick = await get(`${url}?format=pandoc`, pickTimeoutMs, options.signal);
  if (pick.kind === 'aborted') return { kind: 'cancelled' };
  if (pick.kind === 'error') return { kind: 'error', message: pick.code === 'timeout' ? noAnswer(t, Math.ceil(pickTimeoutMs / 1000)) : t('Zotero stopped answering: {0}', pick.message) };
  if (pick.status !== 200) return { kind: 'error', message: t('Zotero answered {0}; nothing was inserted.', `HTTP ${pick.status}${pick.body.trim() ? `: ${clip(pick.body)}` : ''}`) };
  const keys = pick.body.trim().replace(/^\[([\s\S]*)\]$/, '$1').trim();
  return keys ? { kind: 'citation', keys } : { kind: 'cancelled' };
}

/**
 * What to insert for the picked keys ("@a; @b") with the cursor between `before` and `after` on
 * its line: inside a citation's brackets the keys join it, elsewhere they become `[@a; @b]`.
 */
export function citationText(keys: string, before: string, after: string): string {
  const open = before.lastIndexOf('[');
  const inside = open > before.lastIndexOf(']') && /^[^[]*\]/.test(after);
  if (!inside) return `[${keys}]`;
  const sofar = before.slice(open + 1);
  return /@/.test(sofar) && !/;\s*$/.test(sofar) ? `; ${keys}` : keys;
}

type Answer = { kind: 'answer'; status: number; body: string } | { kind: 'error'; code: string; message: string } | { kind: 'aborted' };

/** One GET with a deadline; the loopback address only, so no proxy is involved. */
function get(url: string, timeoutMs: number, signal?: AbortSignal): Promise<Answer> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ kind: 'aborted' });
    let settled = false;
    const finish = (a: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(a);
    };
    const req = http.get(url, { headers: { Accept: 'text/plain' } }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= 1 << 20) chunks.push(c); // a citation is short: more is not kept
      });
      res.on('end', () => finish({ kind: 'answer', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (err) => finish({ kind: 'error', code: (err as NodeJS.ErrnoException).code ?? 'error', message: err.message }));
    });
    const timer = setTimeout(() => {
      finish({ kind: 'error', code: 'timeout', message: `no answer within ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    const onAbort = () => {
      finish({ kind: 'aborted' });
      req.destroy();
    };
    signal?.addEventListener('abort', onAbort);
    req.on('error', (err) => finish({ kind: 'error', code: (err as NodeJS.ErrnoException).code ?? 'error', message: err.message }));
  });
}

function noAnswer(t: Translate, seconds: number): string {
  return seconds === 1 ? t("Zotero's citation picker gave no answer within 1 second; nothing was inserted.") : t("Zotero's citation picker gave no answer within {0} seconds; nothing was inserted.", seconds);
}

function clip(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}
