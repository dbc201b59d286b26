import type { ReactNode } from 'react';
import { Wordmark } from '../../ui/BrandMark';
import { TherapistNote } from '../../app/TherapistNote';

interface VaultScreenFrameProps {
  children: ReactNode;
  /** The recovery key sheet needs more room than a passphrase form. */
  width?: 'narrow' | 'wide';
}

/** The quiet, centred page every screen outside an open journal shares. */
export function VaultScreenFrame({ children, width = 'narrow' }: VaultScreenFrameProps) {
  return (
    <div className="vault-screen">
      <header className="vault-screen__brand">
        <Wordmark />
      </header>
      <main id="main" className="vault-screen__main" tabIndex={-1}>
        <div className={`vault-card vault-card--${width}`}>{children}</div>
      </main>
      <footer className="vault-screen__footer">
        <TherapistNote />
      </footer>
    </div>
  );
}
