import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * Runs the suite in a real VS Code (Electron). VS Code is downloaded by @vscode/test-electron,
 * or taken from VSCODE_EXECUTABLE where downloading is impossible (as on the project's CI machines).
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const workspace = path.join(root, 'test', 'vscode', 'workspace');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, '.test-dist', 'vscode', 'suite.js'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (err) {
    console.error(`VS Code tests failed: ${(err as Error).message}`);
    process.exit(1);
  }
}

void main();
