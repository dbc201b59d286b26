import { test, expect } from './fixtures';

// The contract works end to end through the transport the app really uses, and refuses bad input.
test.describe('contract over the transport', () => {
  test('app.info reaches the core through window.mend', async ({ mend }) => {
    const info = await mend.page.evaluate(async () => window.mend.app.info({}));
    expect(info).toMatchObject({ ok: true, value: { name: 'Mend', dataDir: { state: 'fresh', vaultCount: 0 } } });
    if (info.ok) expect(info.value.dataDir.path).toBe(mend.dataDir);
  });

  test('an invalid payload gets a validation error and changes nothing', async ({ mend }) => {
    const bad = await mend.invokeRaw('vault.create', { label: '', passphrase: 42, extra: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrongShape = await mend.invokeRaw('vault.unlock', 'not an object');
    expect(wrongShape).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await mend.invokeRaw('vault.dropEverything', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    const list = await mend.invokeRaw('vault.list', {});
    expect(list).toEqual({ ok: true, value: { vaults: [] } });
  });

  test('the host refuses callers from other origins', async ({ mend }) => {
    test.skip(mend.runtime !== 'browser', 'IPC has no origins; the sender check is unit-tested in tests/unit/shell');
    const res = await fetch(`${mend.host!.url}__mend/invoke/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: '{}',
    });
    expect(res.status).toBe(403);
  });
});
