import type { z } from 'zod';

/** One channel: what goes in and what comes out, both checked at runtime. */
export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Channel<I, O> {
  return { input, output };
}

export type ChannelMap = Record<string, Channel>;

/** Channel names are `namespace.method`, so the client can expose `mend.namespace.method()`. */
export const CHANNEL_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;

/**
 * Joins feature contracts into one. A name defined twice is a programming error that would make
 * one handler silently shadow another, so it throws at startup rather than at the first call.
 */
export function mergeContracts<T extends ChannelMap[]>(...parts: T): UnionToIntersection<T[number]> {
  const out: ChannelMap = {};
  for (const part of parts) {
    for (const [name, ch] of Object.entries(part)) {
      if (!CHANNEL_NAME.test(name)) throw new Error(`Channel name "${name}" must look like "feature.method"`);
      if (Object.hasOwn(out, name)) throw new Error(`Channel "${name}" is defined twice`);
      out[name] = ch;
    }
  }
  return out as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
