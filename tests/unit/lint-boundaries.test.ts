import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves the process boundaries in eslint.config.js (handbook §5.6) by linting small files placed,
 * virtually, in each folder: one that crosses the boundary must fail with the boundary rule, and an
 * ordinary file must pass.
 */

const root = join(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function ruleIds(relPath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, relPath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const BOUNDARY_RULES = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax'];

async function expectViolation(relPath: string, code: string, rule: string): Promise<void> {
  const ids = await ruleIds(relPath, code);
  expect(ids, `${relPath}:\n${code}`).toContain(rule);
}

async function expectClean(relPath: string, code: string): Promise<void> {
  expect(await ruleIds(relPath, code), `${relPath}:\n${code}`).toEqual([]);
}

describe('shared/ may use neither Node, the DOM, Electron nor UI code', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["import { readFileSync } from 'fs';", 'bare fs'],
    ["import { readFileSync } from 'fs/promises';", 'fs/promises'],
    ["import { join as readFileSync } from 'path';", 'path'],
    ["import { randomBytes as readFileSync } from 'node:crypto';", 'node:crypto'],
    ["import { Worker as readFileSync } from 'worker_threads';", 'worker_threads'],
    ["import { app as readFileSync } from 'electron';", 'electron'],
    ["import { useState as readFileSync } from 'react';", 'react'],
    ["import { createCore as readFileSync } from '../electron/core/app';", 'electron/ by relative path'],
    ["import { createCore as readFileSync } from '../../electron/core/app';", 'electron/ from a subfolder'],
    ["import { readFileSync } from '../renderer/src/lib/x';", 'renderer/'],
  ])('rejects %s (%s)', async (importLine) => {
    await expectViolation('shared/x.ts', `${importLine}\nexport const f = readFileSync;\n`, 'no-restricted-imports');
  });

  it('rejects a re-export from a Node module', async () => {
    await expectViolation('shared/x.ts', "export { readFileSync } from 'node:fs';\n", 'no-restricted-imports');
  });

  it('rejects a type-only import from a Node module', async () => {
    await expectViolation('shared/x.ts', "import type { Stats } from 'node:fs';\nexport type S = Stats;\n", 'no-restricted-imports');
  });

  it.each(['document.title', 'window.location.href', 'localStorage.getItem("x")', 'process.env.HOME', 'Buffer.from("x")', '__dirname'])(
    'rejects the global in %s',
    async (expr) => {
      await expectViolation('shared/x.ts', `export const f = () => ${expr};\n`, 'no-restricted-globals');
    },
  );

  it('rejects require() and dynamic import() of Node modules', async () => {
    await expectViolation('shared/x.ts', "export const f = () => require('fs');\n", 'no-restricted-syntax');
    await expectViolation('shared/x.ts', "export const f = () => import('node:fs');\n", 'no-restricted-syntax');
    await expectViolation('shared/x.ts', "export const f = () => import('fs/promises');\n", 'no-restricted-syntax');
  });

  it('accepts zod, sibling modules and globals both runtimes have', async () => {
    await expectClean(
      'shared/x.ts',
      [
        "import { z } from 'zod';",
        "import { contract } from './contract';",
        'export const Name = z.string();',
        'export const names = Object.keys(contract);',
        'export const id = () => crypto.getRandomValues(new Uint8Array(4));',
        'export const enc = new TextEncoder();',
        'export const later = (f: () => void) => setTimeout(f, 1);',
        '',
      ].join('\n'),
    );
  });
});

describe('electron/core/ may not use Electron or the shell', () => {
  it.each([
    ["import { app } from 'electron';", 'electron'],
    ["import { app } from 'electron/main';", 'an electron subpath'],
    ["import type { App as app } from 'electron';", 'a type from electron'],
    ["import { registerIpc as app } from '../main/ipc';", 'electron/main'],
    ["import { registerIpc as app } from '../../main/ipc';", 'electron/main from a subfolder'],
    ["import { registerIpc as app } from '../preload/index';", 'electron/preload'],
    ["import { app } from '../../renderer/src/app';", 'renderer/'],
  ])('rejects %s (%s)', async (importLine) => {
    await expectViolation('electron/core/x.ts', `${importLine}\nexport const f = app;\n`, 'no-restricted-imports');
  });

  it('rejects a dynamic import of electron', async () => {
    await expectViolation('electron/core/x.ts', "export const f = () => import('electron');\n", 'no-restricted-syntax');
  });

  it('accepts Node and shared/', async () => {
    await expectClean(
      'electron/core/x.ts',
      "import { readFileSync } from 'node:fs';\nimport { contract } from '../../shared/contract';\nexport const f = [readFileSync, contract];\n",
    );
  });
});

describe('renderer/ may use neither Node, Electron nor electron/', () => {
  it.each([
    ["import { join as x } from 'node:path';", 'node:path'],
    ["import { readFileSync as x } from 'fs';", 'fs'],
    ["import { ipcRenderer as x } from 'electron';", 'electron'],
    ["import { createCore as x } from '../../electron/core/app';", 'electron/core'],
    ["import { WEB_PREFERENCES as x } from '../../../electron/main/web-preferences';", 'electron/main'],
  ])('rejects %s (%s)', async (importLine) => {
    await expectViolation('renderer/src/features/x.ts', `${importLine}\nexport const f = x;\n`, 'no-restricted-imports');
  });

  it('rejects Node globals and dynamic imports of Node modules', async () => {
    await expectViolation('renderer/src/x.ts', 'export const dev = process.env.NODE_ENV;\n', 'no-restricted-globals');
    await expectViolation('renderer/src/x.ts', "export const f = () => import('node:fs');\n", 'no-restricted-syntax');
  });

  it('accepts React, the DOM and shared/', async () => {
    await expectClean(
      'renderer/src/x.tsx',
      [
        "import { useState } from 'react';",
        "import { createClient } from '../../shared/client';",
        'export function Title(): string {',
        "  const [title] = useState(document.title || 'Mend');",
        '  return title;',
        '}',
        'export const client = createClient;',
        '',
      ].join('\n'),
    );
  });
});

describe('electron/preload may only forward IPC', () => {
  it('rejects Node modules and the core', async () => {
    await expectViolation(
      'electron/preload/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
      'no-restricted-imports',
    );
    await expectViolation(
      'electron/preload/x.ts',
      "import { createCore } from '../core/app';\nexport const f = createCore;\n",
      'no-restricted-imports',
    );
  });

  it('accepts electron and shared/', async () => {
    await expectClean(
      'electron/preload/x.ts',
      "import { ipcRenderer } from 'electron';\nimport { createBridge } from '../../shared/client';\nexport const f = [ipcRenderer, createBridge];\n",
    );
  });
});

it('only the boundary rules fire in these checks (no config errors)', async () => {
  const ids = await ruleIds('shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n");
  expect(ids.every((id) => BOUNDARY_RULES.includes(id))).toBe(true);
});
