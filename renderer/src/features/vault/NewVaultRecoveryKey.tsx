import { FocusHeading } from '../../ui/FocusHeading';
import { RecoveryKeyFlow } from './RecoveryKeyFlow';
import { VaultScreenFrame } from './VaultScreenFrame';

interface NewVaultRecoveryKeyProps {
  label: string;
  recoveryKey: string;
  onDone: () => void;
}

/** Straight after creating a journal: the key, once, and a check before the journal opens. */
export function NewVaultRecoveryKey({ label, recoveryKey, onDone }: NewVaultRecoveryKeyProps) {
  return (
    <VaultScreenFrame width="wide">
      <RecoveryKeyFlow
        recoveryKey={recoveryKey}
        label={label}
        renderHeading={(text) => <FocusHeading key={text}>{text}</FocusHeading>}
        confirmLabel="Confirm and open my journal"
        onDone={onDone}
      />
    </VaultScreenFrame>
  );
}
