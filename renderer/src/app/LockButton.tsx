import { lockShortcutLabel } from '../lib/useLockShortcut';
import { Tooltip } from '../ui/Tooltip';
import { LockIcon } from '../ui/Icons';

/** Always in view: locking should never take more than one step. */
export function LockButton({ onLock }: { onLock: () => void }) {
  return (
    <Tooltip content={`Lock Mend now (${lockShortcutLabel})`} side="right">
      <button type="button" className="lock-button" onClick={onLock} aria-keyshortcuts="Control+L Meta+L">
        <LockIcon size={18} />
        <span className="lock-button__text">Lock</span>
        <kbd className="lock-button__kbd" aria-hidden="true">
          {lockShortcutLabel}
        </kbd>
      </button>
    </Tooltip>
  );
}
