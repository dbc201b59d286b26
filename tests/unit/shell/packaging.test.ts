import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const builder = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(builder.appId).toBe('app.mend.journal');
    expect(builder.productName).toBe('Mend');
  });

  it('flips every Electron fuse that hardens a shipped build', () => {
    expect(builder.electronFuses).toEqual({
      // No running the binary as plain Node, no NODE_OPTIONS, no --inspect: nobody can run
      // other code inside the signed app.
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // Only our (integrity-checked) app.asar is ever loaded.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the built app, inside an asar', () => {
    expect(builder.asar).toBe(true);
    expect(builder.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(builder.asarUnpack).toEqual(expect.arrayContaining(['**/*.node']));
  });

  it('ships the Electron build of better-sqlite3 where the main process looks for it, and never rebuilds node_modules in place', () => {
    expect(builder.extraResources).toEqual([{ from: '.electron-native/better_sqlite3.node', to: 'native/better_sqlite3.node' }]);
    expect(readFileSync(join(root, 'electron/main/index.ts'), 'utf8')).toContain(
      "join(process.resourcesPath, 'native', 'better_sqlite3.node')",
    );
    expect(builder.npmRebuild).toBe(false);
  });

  it('builds AppImage and deb on Linux, dmg on macOS, nsis on Windows', () => {
    expect(builder.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(builder.mac).toMatchObject({ target: 'dmg' });
    expect(builder.win).toMatchObject({ target: 'nsis' });
  });
});

describe('package.json', () => {
  it('pins Electron exactly, so the native module build and the packaged binary always match', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.devDependencies.electron);
  });
});
