import { createContext, useContext } from 'react';

export interface SessionValue {
  /** The open journal's label (it is public: shown on the lock screen too). */
  label: string;
  lock: () => Promise<void>;
  /** Call when the core answers "locked": the renderer catches up and clears itself. */
  syncStatus: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is only available inside an open journal');
  return value;
}
