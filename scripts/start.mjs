#!/usr/bin/env node
// `npm start`: build and run the app under Electron.   `npm run dev`: the same with the dev server
// and hot reload. Extra arguments are passed to electron-vite.
//
// 1. makes sure the Electron binary is installed (npm does not run its download script here),
// 2. builds better-sqlite3 for Electron (scripts/electron-native.mjs; node_modules stays on Node),
// 3. electron-vite build + preview, or electron-vite dev.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const dev = args.includes('--dev');
const passThrough = args.filter((a) => a !== '--dev');

/** Runs a Node script with this Node; exits with its status if it fails. */
function runNode(script, scriptArgs, failureHint) {
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return;
  if (result.error) console.error(result.error.message);
  if (failureHint) console.error(`\n${failureHint}\n`);
  process.exit(result.status ?? 1);
}

const electronDir = dirname(require.resolve('electron/package.json'));
// install.js returns at once when the right binary is already there, else downloads it.
runNode(
  join(electronDir, 'install.js'),
  [],
  'The Electron binary could not be downloaded (it is not part of the npm package). Check your internet ' +
    'connection and run `npm start` again, or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ' +
    `${require('electron/package.json').version} and retry.`,
);

runNode(join(root, 'scripts', 'electron-native.mjs'), []);

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
if (dev) {
  runNode(electronVite, ['dev', ...passThrough]);
} else {
  runNode(electronVite, ['build']);
  runNode(electronVite, ['preview', '--skipBuild', ...passThrough]);
}
