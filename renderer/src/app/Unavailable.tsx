import { useState } from 'react';
import { VaultScreenFrame } from '../features/vault/VaultScreenFrame';
import { Button } from '../ui/Button';
import { FocusHeading } from '../ui/FocusHeading';

interface UnavailableProps {
  message: string;
  onRetry: () => Promise<void>;
}

/** Mend's window opened but could not reach its own storage. */
export function Unavailable({ message, onRetry }: UnavailableProps) {
  const [trying, setTrying] = useState(false);
  async function retry() {
    setTrying(true);
    try {
      await onRetry();
    } finally {
      setTrying(false);
    }
  }
  return (
    <VaultScreenFrame>
      <div className="stack">
        <FocusHeading>Mend can’t open just now</FocusHeading>
        <p className="lead">{message}</p>
        <p>Your journal is safe where it is. If trying again doesn’t help, closing and reopening Mend usually does.</p>
        <Button variant="primary" onClick={retry} disabled={trying}>
          {trying ? 'Trying…' : 'Try again'}
        </Button>
      </div>
    </VaultScreenFrame>
  );
}
