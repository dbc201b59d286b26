import { contract, type ChannelName, type InputOf, type OutputOf } from './contract';
import { MendError, type Result, type ErrorInfo } from './errors';
import { MendEvent } from './events';

/**
 * One contract, many transports. A transport moves `(channel, input)` to the core and returns its
 * `Result` envelope: `ipcRenderer.invoke` in the preload, HTTP in the browser test host.
 *
 * Two layers, because Electron's contextBridge copies thrown errors without their custom fields:
 * - the bridge (`window.mend`) returns plain `Result` envelopes, safe to structured-clone;
 * - the client (built in the renderer over the bridge) checks outputs and throws `MendError`.
 */
export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;
export type Subscribe = (listener: (event: MendEvent) => void) => () => void;

type Namespace = ChannelName extends infer K ? (K extends `${infer N}.${string}` ? N : never) : never;
type MethodsOf<N extends string, Wrap extends 'result' | 'value'> = {
  [K in ChannelName as K extends `${N}.${infer M}` ? M : never]: (
    input: InputOf<K>,
  ) => Promise<Wrap extends 'result' ? Result<OutputOf<K>> : OutputOf<K>>;
};

export type MendBridge = { [N in Namespace]: MethodsOf<N, 'result'> } & { events: { subscribe: Subscribe } };
export type MendApi = { [N in Namespace]: MethodsOf<N, 'value'> } & { events: { subscribe: Subscribe } };

function nest<F>(make: (name: ChannelName) => F): Record<string, Record<string, F>> {
  const tree: Record<string, Record<string, F>> = {};
  for (const name of Object.keys(contract) as ChannelName[]) {
    const [ns, method] = name.split('.') as [string, string];
    (tree[ns] ??= {})[method] = make(name);
  }
  return tree;
}

const transportFailure = (e: unknown): Result<never> => ({
  ok: false,
  error: { code: 'internal', message: 'Mend could not reach its storage. Please try again.', details: { cause: String((e as Error)?.message ?? e).slice(0, 200) } },
});

export function createBridge(invoke: Invoke, subscribe: Subscribe): MendBridge {
  const tree = nest((name) => async (input: unknown) => {
    try {
      return (await invoke(name, input)) as Result<unknown>;
    } catch (e) {
      return transportFailure(e);
    }
  });
  // Events are parsed on the receiving side too: a bridge never hands the app an unexpected shape.
  const safeSubscribe: Subscribe = (listener) =>
    subscribe((raw) => {
      const parsed = MendEvent.safeParse(raw);
      if (parsed.success) listener(parsed.data);
    });
  return { ...tree, events: { subscribe: safeSubscribe } } as unknown as MendBridge;
}

function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  const r = x as { ok: unknown; error?: Partial<ErrorInfo> };
  return r.ok === true || (r.ok === false && typeof r.error?.code === 'string' && typeof r.error?.message === 'string');
}

/** A typed API that throws `MendError` and never returns a value its schema does not allow. */
export function createClient(bridge: MendBridge): MendApi {
  const b = bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const tree = nest((name) => async (input: unknown) => {
    const [ns, method] = name.split('.') as [string, string];
    const fn = b[ns]?.[method];
    if (!fn) throw new MendError('unknown_channel', `Mend cannot do "${name}" here.`);
    const res = await fn(input);
    if (!isResult(res)) throw new MendError('internal', 'Mend received an answer it did not understand.');
    if (!res.ok) throw MendError.fromInfo(res.error);
    const out = contract[name].output.safeParse(res.value);
    if (!out.success) throw new MendError('internal', 'Mend received an answer it did not understand.');
    return out.data;
  });
  return { ...tree, events: bridge.events } as unknown as MendApi;
}
