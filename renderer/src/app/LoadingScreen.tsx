import { BrandMark } from '../ui/BrandMark';

/** A brief, quiet pause while Mend asks the core where things stand. */
export function LoadingScreen() {
  return (
    <div className="loading-screen" role="status" aria-live="polite">
      <BrandMark size={40} />
      <span className="visually-hidden">Opening Mend…</span>
    </div>
  );
}
