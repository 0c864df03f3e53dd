// dist/cli.js: the command line lives in dist/server.js (see main.ts); this only starts it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./server.js');
