#!/usr/bin/env node
// `npm run package [-- electron-builder args]`: installers for this machine's platform and arch.
//
// 1. builds better-sqlite3 for Electron (scripts/electron-native.mjs),
// 2. builds main, preload and renderer (electron-vite build),
// 3. runs electron-builder (electron-builder.yml), passing any arguments through.
// electron-builder.yml ships .electron-native/better_sqlite3.node as an extra resource and turns
// off electron-builder's own in-place rebuild, which would break node_modules for the test suite.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const builderArgs = process.argv.slice(2);

function runNode(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.error) console.error(result.error.message);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The native module is compiled for the arch we run on; an installer for another arch would ship
// a module its Electron cannot load. Refuse instead of producing a broken installer.
const ARCH_FLAGS = ['x64', 'ia32', 'armv7l', 'arm64', 'universal'];
const foreignArch = builderArgs.map((a) => a.replace(/^--/, '')).find((a) => ARCH_FLAGS.includes(a) && a !== process.arch);
if (foreignArch) {
  console.error(`\nMend can only be packaged for this machine's architecture (${process.arch}), not ${foreignArch}.\n`);
  process.exit(1);
}

runNode(join(root, 'scripts', 'electron-native.mjs'), []);
if (!existsSync(join(root, '.electron-native', 'better_sqlite3.node'))) {
  console.error('\n.electron-native/better_sqlite3.node is missing; packaging would produce an app that cannot open a journal.\n');
  process.exit(1);
}

runNode(join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), ['build']);
runNode(require.resolve('electron-builder/cli.js'), ['--config', 'electron-builder.yml', ...builderArgs]);
