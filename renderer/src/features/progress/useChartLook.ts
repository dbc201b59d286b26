import { useMemo } from 'react';
import { useMediaQuery } from '../../lib/useMediaQuery';

/** The chart colours, by role. Names say what they mean, so no chart picks a colour by taste. */
export interface ChartPalette {
  mood: string;
  setback: string;
  recovery: string;
  earlier: string;
  later: string;
  planned: string;
  held: string;
  kept: string;
  open: string;
  renegotiated: string;
  missed: string;
  grid: string;
  axis: string;
  cursor: string;
}

const VARS: Record<keyof ChartPalette, string> = {
  mood: '--progress-mood',
  setback: '--progress-setback',
  recovery: '--progress-recovery',
  earlier: '--progress-earlier',
  later: '--progress-later',
  planned: '--progress-planned',
  held: '--progress-held',
  kept: '--progress-kept',
  open: '--progress-open',
  renegotiated: '--progress-renegotiated',
  missed: '--progress-missed',
  grid: '--progress-grid',
  axis: '--progress-axis',
  cursor: '--progress-cursor',
};

/**
 * SVG presentation attributes cannot use CSS variables reliably, so the colours defined in
 * progress.css (from the design tokens) are read once per colour scheme and handed to recharts.
 * The scheme is not used to read them (the document already follows it); it names the cache entry.
 */
function readPalette(_scheme: 'light' | 'dark'): ChartPalette {
  const style = getComputedStyle(document.documentElement);
  const out = {} as ChartPalette;
  for (const [key, name] of Object.entries(VARS) as [keyof ChartPalette, string][])
    out[key] = style.getPropertyValue(name).trim() || 'currentColor';
  return out;
}

export interface ChartLook {
  palette: ChartPalette;
  /** Off when the person asked their computer for less motion. */
  animate: boolean;
}

export function useChartLook(): ChartLook {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const reduce = useMediaQuery('(prefers-reduced-motion: reduce)');
  // The same variables resolve differently per scheme, so the scheme is what refreshes the colours.
  const scheme = dark ? 'dark' : 'light';
  const palette = useMemo(() => readPalette(scheme), [scheme]);
  return { palette, animate: !reduce };
}
