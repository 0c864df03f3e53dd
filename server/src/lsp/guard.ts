import { LSPErrorCodes, ResponseError, type CancellationToken, type HandlerResult } from 'vscode-languageserver/node.js';
import type { ILogger } from '../core/index.js';

type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

/** Wraps a request handler; see createGuard. */
export type Guard = <P, R>(handler: Handler<P, R>, ...empty: [] | [R]) => (params: P, token: CancellationToken) => HandlerResult<R, void>;

/**
 * Wraps every request handler once, so that no request can take the server down or leave it
 * silent: a request cancelled before it runs is answered RequestCancelled; an exception (or a
 * rejected promise) is written to the server's log, then
 * - with `empty` (the editor's own requests: hover, completion, ...), answered with it, since
 *   showing nothing beats an error popup on every mouse move;
 * - without (our policyWriter/* requests, run by a command the user chose), passed on to the
 *   protocol library, which answers it as an error naming the method and keeps serving.
 */
export function createGuard(logger: ILogger): Guard {
  return <P, R>(handler: Handler<P, R>, ...empty: [] | [R]) =>
    (params: P, token: CancellationToken): HandlerResult<R, void> => {
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const fail = (err: unknown): R => {
        logger.error(`request failed: ${(err as Error)?.stack ?? err}`);
        if (empty.length) return empty[0];
        throw err;
      };
      try {
        const result = handler(params, token);
        // A sync handler is answered now; only a promise waits for its outcome.
        return result instanceof Promise ? result.catch(fail) : result;
      } catch (err) {
        return fail(err);
      }
    };
}
