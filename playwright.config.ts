import { defineConfig } from '@playwright/test';
import type { Runtime } from './tests/e2e/fixtures';
import { CHROMIUM_ARGS, resolveChromium, resolveElectron } from './tests/e2e/support/browsers';

const root = import.meta.dirname;
const electronBin = resolveElectron(root);
if (!electronBin && !process.env.MEND_QUIET_ELECTRON_NOTE) {
  process.env.MEND_QUIET_ELECTRON_NOTE = '1';
  // One line, once: the Electron project cannot run on machines without the Electron binary.
  console.log('E2E: the "electron" project is skipped: no Electron binary in node_modules/electron (it cannot be downloaded here); specs run in Chromium through the test host.');
}

export default defineConfig<{ mendRuntime: Runtime }>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
      },
    },
    ...(electronBin ? [{ name: 'electron', use: { mendRuntime: 'electron' as const } }] : []),
  ],
});
