import { Button } from '../../ui/Button';
import { ArrowLeftIcon } from '../../ui/Icons';

/** The way back to the list, always in the same place at the top of a conversation's pages. */
export function BackLink({ onBack, label = 'All conversations' }: { onBack: () => void; label?: string }) {
  return (
    <Button variant="link" className="conv-back" onClick={onBack}>
      <ArrowLeftIcon size={16} />
      {label}
    </Button>
  );
}
