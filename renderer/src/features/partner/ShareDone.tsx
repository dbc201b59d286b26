import { Button } from '../../ui/Button';
import { CheckIcon } from '../../ui/Icons';
import { entriesCount } from './format';

interface ShareDoneProps {
  partnerName: string;
  count: number;
  onDone: () => void;
}

/** After sealing: where the file can go, and the one thing that cannot be undone, said once more. */
export function ShareDone({ partnerName, count, onDone }: ShareDoneProps) {
  return (
    <div className="share-step share-done">
      <p className="share-done__lead">
        <CheckIcon size={20} /> {entriesCount(count)} sealed and saved for {partnerName}.
      </p>
      <p>
        Send the file to {partnerName} any way that suits you — a USB stick, email, or a shared folder. It’s sealed so only {partnerName}’s
        Mend can open it; anyone else who comes across the file sees nothing of what’s inside.
      </p>
      <p className="partner-muted">It’s in your share log now. Shared copies cannot be recalled.</p>
      <div className="button-row">
        <Button variant="primary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
