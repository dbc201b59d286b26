import { contract, type ChannelName, type Handlers } from '../../shared/contract';
import { MendError, type Result } from '../../shared/errors';
import type { z } from 'zod';

/** Turns zod's issues into one sentence a person can act on. */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'That request was not valid.';
  const where = first.path.length ? ` (${first.path.join('.')})` : '';
  return `${first.message}${where}`;
}

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/**
 * The one door into the core, shared by IPC (main) and HTTP (test host): the channel must exist,
 * the input must match its schema, and only MendError messages leave; anything unexpected becomes
 * a generic error so no internal detail (or decrypted text in an exception) crosses the boundary.
 */
export interface DispatchOptions {
  /** Maps known low-level failures (disk full, read-only) to errors a person can act on. */
  translate?: (e: unknown) => MendError | null;
  onUnexpected?: (channel: string, e: unknown) => void;
}

export function createDispatch(handlers: Handlers, opts: DispatchOptions = {}): Dispatch {
  return async (channelName, rawInput) => {
    if (!Object.hasOwn(contract, channelName)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Mend cannot do "${String(channelName).slice(0, 60)}".` } };
    }
    const name = channelName as ChannelName;
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: describeIssues(parsed.error) } };
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof MendError) return { ok: false, error: e.toInfo() };
      const known = opts.translate?.(e);
      if (known) return { ok: false, error: known.toInfo() };
      opts.onUnexpected?.(name, e);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Mend. Please try again.' } };
    }
  };
}
