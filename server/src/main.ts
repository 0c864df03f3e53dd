import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

// createConnection reads --stdio, --node-ipc or --socket from argv, so one entry serves VS Code
// (IPC) and any other editor (stdio).
const connection = createConnection(ProposedFeatures.all);

// One unhandled rejection would kill a Node 20 server; log it and keep serving instead.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`));
process.on('uncaughtException', (err) => connection.console.error(`uncaught exception: ${err.stack ?? err}`));
// A client that exits without shutdown closes our stdin: exit rather than linger.
if (process.argv.includes('--stdio')) process.stdin.on('end', () => process.exit(0));

startServer(connection);
