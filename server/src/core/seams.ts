/** Seams the core needs from outside; the wiring (server, CLI, tests) supplies them. */

export interface ILogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Reads corpus files. The core never touches the disk itself. */
export interface IFileSource {
  /** size in bytes, or undefined when the file is gone */
  size(path: string): Promise<number | undefined>;
  read(path: string): Promise<Uint8Array>;
}

/** Structural match for LSP's CancellationToken, so the core needs no LSP import. */
export interface ICancellation {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: ICancellation = { isCancellationRequested: false };

export const SILENT_LOGGER: ILogger = { info() {}, warn() {}, error() {} };

/** Lets a long loop give the event loop a turn, so requests are answered while it runs. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
