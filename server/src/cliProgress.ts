import * as path from 'node:path';
import { message, type Locale } from './core/messages/messages.js';

export interface ProgressOptions {
  /** stderr is a terminal: one line, rewritten in place; else plain lines, now and then */
  isTTY: boolean;
  write: (text: string) => void;
  locale: Locale;
  now?: () => number;
  /** nothing is said before this many milliseconds (default 1,000 on a terminal, 5,000 in a log; POLICY_WRITER_PROGRESS_AFTER_MS) */
  afterMs?: number;
}

// A terminal's line is rewritten at most four times a second; a log gets a line every ten seconds.
const TTY_EVERY_MS = 250;
const PLAIN_EVERY_MS = 10_000;
// Indexing in the command line's thread reads about 1.5 MB a second on a slow machine: a file this
// large keeps it busy for about a second, during which nothing can be said, so it is said before.
const LARGE_FILE_BYTES = 1.5 * 1024 * 1024;

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Says on stderr how far indexing the corpus has got, once it takes long: a quick run (the usual
 * pre-commit or CI check) prints nothing extra. Files are indexed in this thread, one at a time, so
 * it speaks between files, and before a large one it names it (its indexing is silent).
 */
export class IndexingProgress {
  private readonly now: () => number;
  private readonly started: number;
  private readonly afterMs: number;
  private doneBytes = 0;
  private lastSaid = -Infinity;
  private shown = false;

  constructor(private readonly totalBytes: number, private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.afterMs = options.afterMs ?? (options.isTTY ? 1000 : 5000);
  }

  /** Before a file is indexed. */
  starting(file: string, bytes: number): void {
    const large = bytes >= LARGE_FILE_BYTES;
    this.maybeSay(large ? { file: path.basename(file), bytes } : undefined, large);
  }

  /** After a file is indexed. */
  finished(bytes: number): void {
    this.doneBytes += bytes;
    this.maybeSay(undefined, false);
  }

  /** Something else is about to be written to stderr: a terminal's progress line makes way for it. */
  interrupt(): void {
    if (this.shown && this.options.isTTY) this.options.write('\r\x1b[K');
  }

  /** Indexing is over: a terminal's line is cleared; a log that was told of it gets the total. */
  done(): void {
    if (!this.shown) return;
    if (this.options.isTTY) {
      this.options.write('\r\x1b[K');
      return;
    }
    const seconds = ((this.now() - this.started) / 1000).toFixed(1);
    this.options.write(`${message(this.options.locale, 'cli.indexed', { total: mb(this.totalBytes), seconds })}\n`);
  }

  private maybeSay(current: { file: string; bytes: number } | undefined, beforeLarge: boolean): void {
    const t = this.now();
    const elapsed = t - this.started;
    // A large file ahead: said now if it will make the run long (nothing can be said while it is read).
    if (elapsed < this.afterMs && !(beforeLarge && elapsed + (current!.bytes / LARGE_FILE_BYTES) * 1000 >= this.afterMs)) return;
    const every = this.options.isTTY ? TTY_EVERY_MS : PLAIN_EVERY_MS;
    if (t - this.lastSaid < every && !beforeLarge) return;
    this.lastSaid = t;
    this.shown = true;
    const said = message(this.options.locale, 'cli.indexing', { done: mb(this.doneBytes), total: mb(this.totalBytes), file: current?.file, fileSize: current && mb(current.bytes), seconds: Math.round(elapsed / 1000) });
    this.options.write(this.options.isTTY ? `\r\x1b[K${said}` : `${said}\n`);
  }
}
