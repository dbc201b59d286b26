import { useId } from 'react';
import { RadioGroup } from 'radix-ui';
import type { VaultSummary } from '../../../../shared/contract';
import { CheckIcon } from '../../ui/Icons';
import { RestoreFromBackup } from '../data/RestoreFromBackup';

interface VaultPickerProps {
  vaults: VaultSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRestored: () => void;
}

/**
 * Which journal to open. Only the label is shown: it is the one thing about a journal its owner
 * chose to make visible while it is locked.
 */
export function VaultPicker({ vaults, selectedId, onSelect, onRestored }: VaultPickerProps) {
  const legendId = useId();
  return (
    <div className="vault-picker">
      <p className="vault-picker__legend" id={legendId}>
        {vaults.length > 1 ? 'Choose your journal' : 'Journal'}
      </p>
      <RadioGroup.Root
        className="vault-picker__list"
        aria-labelledby={legendId}
        value={selectedId ?? ''}
        onValueChange={onSelect}
        orientation="vertical"
      >
        {vaults.map((vault) => {
          const unreadable = vault.problem === 'unreadable';
          const noteId = `vault-note-${vault.id}`;
          return (
            <div key={vault.id} className="vault-picker__option">
              <RadioGroup.Item
                className="vault-picker__item"
                value={vault.id}
                disabled={unreadable}
                aria-describedby={unreadable ? noteId : undefined}
              >
                <span className="vault-picker__avatar" aria-hidden="true">
                  {initialOf(vault.label)}
                </span>
                <span className="vault-picker__label">{vault.label}</span>
                <RadioGroup.Indicator className="vault-picker__check">
                  <CheckIcon size={18} />
                </RadioGroup.Indicator>
              </RadioGroup.Item>
              {unreadable ? (
                <p className="vault-picker__note" id={noteId}>
                  Mend can’t read this journal’s file right now. It may be damaged, or made by a newer version of Mend. If you have a backup
                  of your Mend folder, restoring it will bring the journal back.
                </p>
              ) : null}
              {unreadable ? <RestoreFromBackup vaultId={vault.id} onRestored={onRestored} /> : null}
            </div>
          );
        })}
      </RadioGroup.Root>
    </div>
  );
}

function initialOf(label: string): string {
  const first = [...label.trim()][0];
  return first ? first.toLocaleUpperCase() : '·';
}
