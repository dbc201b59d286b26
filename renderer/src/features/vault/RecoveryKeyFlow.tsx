import { useState, type ReactNode } from 'react';
import { RecoveryKeyConfirm } from './RecoveryKeyConfirm';
import { RecoveryKeySheet } from './RecoveryKeySheet';

interface RecoveryKeyFlowProps {
  recoveryKey: string;
  label: string;
  /** Renders the heading for each step, so the flow works as a page (h1) or inside a dialog (its title). */
  renderHeading: (text: string) => ReactNode;
  /** "Your recovery key" after creating a journal, "Your new recovery key" from Settings. */
  title?: string;
  confirmLabel: string;
  onDone: () => void;
}

/** Show the key once, then ask for two of its groups back before going on. */
export function RecoveryKeyFlow({
  recoveryKey,
  label,
  renderHeading,
  title = 'Your recovery key',
  confirmLabel,
  onDone,
}: RecoveryKeyFlowProps) {
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  if (step === 'show') {
    return (
      <RecoveryKeySheet
        key="show"
        recoveryKey={recoveryKey}
        label={label}
        heading={renderHeading(title)}
        onContinue={() => setStep('confirm')}
      />
    );
  }
  return (
    <RecoveryKeyConfirm
      key="confirm"
      recoveryKey={recoveryKey}
      heading={renderHeading('Check your recovery key')}
      confirmLabel={confirmLabel}
      onConfirmed={onDone}
      onBack={() => setStep('show')}
    />
  );
}
