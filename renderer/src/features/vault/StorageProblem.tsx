import { useState } from 'react';
import { Button } from '../../ui/Button';
import { FocusHeading } from '../../ui/FocusHeading';
import { FolderIcon } from '../../ui/Icons';
import { VaultScreenFrame } from './VaultScreenFrame';

interface StorageProblemProps {
  path: string;
  onRetry: () => Promise<void>;
}

/** The data folder cannot be written: explain plainly, without blame, and offer to check again. */
export function StorageProblem({ path, onRetry }: StorageProblemProps) {
  const [checking, setChecking] = useState(false);
  async function retry() {
    setChecking(true);
    try {
      await onRetry();
    } finally {
      setChecking(false);
    }
  }
  return (
    <VaultScreenFrame>
      <div className="stack">
        <FocusHeading>Mend can’t save in its folder</FocusHeading>
        <p className="lead">
          Mend keeps your journal in a folder on this computer, and right now it isn’t allowed to write there. Nothing in the folder has
          been changed.
        </p>
        <p className="path-line">
          <FolderIcon size={18} />
          <span className="path-line__text">{path}</span>
        </p>
        <p>
          This can happen when the disk is full, is read-only, or the folder’s permissions have changed. Once the folder can be written to
          again, Mend will work as before.
        </p>
        <Button variant="primary" onClick={retry} disabled={checking}>
          {checking ? 'Checking…' : 'Check again'}
        </Button>
      </div>
    </VaultScreenFrame>
  );
}
