import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { runCli } from './cli.js';

// One bundle serves both: with a protocol flag (--stdio, --node-ipc, --socket, --pipe) it is the
// language server; otherwise it is the command line (`node dist/server.js check draft.md`, and
// dist/cli.js, a two-line shim), so the .vsix ships the CLI without a second copy of the code.
const PROTOCOL_FLAG = /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/;

if (process.argv.slice(2).some((a) => PROTOCOL_FLAG.test(a))) serve();
else runCli();

function serve(): void {
  // createConnection reads --stdio, --node-ipc or --socket from argv, so one entry serves VS Code
  // (IPC) and any other editor (stdio).
  const connection = createConnection(ProposedFeatures.all);
  // One unhandled rejection would kill a Node 20 server; log it and keep serving instead.
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`));
  process.on('uncaughtException', (err) => connection.console.error(`uncaught exception: ${err.stack ?? err}`));
  // A client that exits without shutdown closes our stdin: exit rather than linger.
  if (process.argv.includes('--stdio')) process.stdin.on('end', () => process.exit(0));
  startServer(connection);
}
