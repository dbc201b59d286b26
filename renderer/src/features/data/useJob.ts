import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';
import { newJobId } from './jobId';

export interface JobProgress {
  done: number;
  total: number;
  /** The core's word for the step it is on ("reading", "saving"), or "starting". */
  phase: string;
}

/**
 * One long job at a time (an export or an import): its id, its progress from `job.progress`
 * events, and a way to cancel it. The id is set before the job starts, so no early event is missed.
 */
export function useJob(kind: 'export' | 'import') {
  const current = useRef<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);

  useEffect(
    () =>
      api.events.subscribe((e) => {
        if (e.type === 'job.progress' && e.jobId === current.current) setProgress({ done: e.done, total: e.total, phase: e.phase });
      }),
    [],
  );

  const run = useCallback(
    async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
      const jobId = newJobId(kind);
      current.current = jobId;
      setProgress({ done: 0, total: 0, phase: 'starting' });
      try {
        return await work(jobId);
      } finally {
        current.current = null;
        setProgress(null);
      }
    },
    [kind],
  );

  const cancel = useCallback(() => {
    const jobId = current.current;
    // The job's own answer reports the cancellation; a failed cancel request changes nothing to show.
    if (jobId) api.job.cancel({ jobId }).catch(() => {});
  }, []);

  return { progress, running: progress !== null, run, cancel };
}
