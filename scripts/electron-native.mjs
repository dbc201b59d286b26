#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/better_sqlite3.node.
//
// Why a separate copy: node_modules/better-sqlite3/build holds the build for Node, which the test
// suite (vitest, the browser test host) needs; Electron needs one compiled against its own headers.
// So we compile a copy of the package sources in a temporary folder and keep only the .node file.
// The app passes its path to better-sqlite3 (the nativeBinding option); packaging ships it as an
// extra resource. Skipped when the output already matches this Electron and better-sqlite3.
//
// Needs a C++20 toolchain (as for any native module) and, once per Electron version, internet
// access for the Electron headers.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));

const outDir = join(root, '.electron-native');
const outFile = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

class BuildError extends Error {}

function fail(message) {
  throw new BuildError(message);
}

/** node-gyp from the project (a devDependency), else the copy bundled with npm. */
function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (existsSync(bundled)) return bundled;
    return fail('node-gyp was not found. Run `npm install` first.');
  }
}

/**
 * node-gyp lets npm_config_* variables override its command-line flags, and this machine's user
 * npmrc sets nodedir=/usr for Node builds: inherited through `npm run`, it would build against
 * Node's headers again. The child gets none of npm's configuration.
 */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_/i.test(key) || /^npm_package_config_node_gyp_/i.test(key)) delete env[key];
  }
  return env;
}

const electronVersion = readJson(join(packageDir('electron'), 'package.json')).version;
const sqliteDir = packageDir('better-sqlite3');
const sqliteVersion = readJson(join(sqliteDir, 'package.json')).version;
const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };

function isUpToDate() {
  if (!existsSync(outFile) || !existsSync(stampFile)) return false;
  try {
    return JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp);
  } catch {
    return false;
  }
}

function build() {
  console.log(
    `[electron-native] building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})…`,
  );
  const work = mkdtempSync(join(tmpdir(), 'mend-electron-native-'));
  try {
    const source = join(work, 'better-sqlite3');
    // Sources only: never the existing (Node) build output.
    cpSync(sqliteDir, source, {
      recursive: true,
      filter: (path) => {
        const rel = relative(sqliteDir, path);
        return rel !== 'build' && !rel.startsWith(`build${sep}`) && rel !== 'node_modules' && !rel.startsWith(`node_modules${sep}`);
      },
    });

    const result = spawnSync(
      process.execPath,
      [
        findNodeGyp(),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
        `--arch=${process.arch}`,
        // Electron's headers are kept apart from Node's (the same place @electron/rebuild uses).
        `--devdir=${join(homedir(), '.electron-gyp')}`,
      ],
      { cwd: source, env: cleanEnv(), stdio: 'inherit' },
    );
    if (result.error) fail(`could not run node-gyp: ${result.error.message}`);
    if (result.status !== 0) {
      fail(
        'building better-sqlite3 for Electron failed (see the output above). It needs a C++20 compiler, Python 3 and, ' +
          `the first time, internet access to download the Electron ${electronVersion} headers.`,
      );
    }

    const built = join(source, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) fail(`node-gyp finished but ${built} is missing.`);

    // Replace atomically, then stamp: an interrupted run never leaves a stamp over a stale file.
    mkdirSync(outDir, { recursive: true });
    rmSync(stampFile, { force: true });
    const partial = `${outFile}.partial`;
    cpSync(built, partial);
    renameSync(partial, outFile);
    writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
    console.log(`[electron-native] wrote ${relative(root, outFile)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  if (isUpToDate()) console.log(`[electron-native] better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date.`);
  else build();
} catch (e) {
  if (!(e instanceof BuildError)) throw e;
  console.error(`\n[electron-native] ${e.message}\n`);
  process.exitCode = 1;
}
