import type { z } from 'zod';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { def: Def }).def;

/**
 * A plausible value for a zod schema, built from its shape: the seed that fuzzing mutates into
 * "near-valid" payloads. It need not pass refinements (regexes, ranges); being close is the point.
 */
export function sampleOf(schema: z.ZodType, depth = 0): unknown {
  const d = defOf(schema);
  if (depth > 6) return null;
  switch (d.type) {
    case 'object': {
      const shape = d.shape as Record<string, z.ZodType>;
      return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, sampleOf(v, depth + 1)]));
    }
    case 'string':
      return 'abcdefghijklmnopqrstuvwxyz';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'literal':
      return (d.values as unknown[])[0];
    case 'enum':
      return Object.values(d.entries as Record<string, unknown>)[0];
    case 'array':
      return [sampleOf(d.element as z.ZodType, depth + 1)];
    case 'tuple':
      return (d.items as z.ZodType[]).map((i) => sampleOf(i, depth + 1));
    case 'record':
      return {};
    case 'union':
      return sampleOf((d.options as z.ZodType[])[0]!, depth + 1);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return sampleOf(d.innerType as z.ZodType, depth + 1);
    case 'pipe':
      return sampleOf(d.in as z.ZodType, depth + 1);
    default:
      return null;
  }
}
