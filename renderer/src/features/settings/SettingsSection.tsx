import { DataSettings } from '../data';
import { AboutMend } from './AboutMend';
import { AutoLockSetting } from './AutoLockSetting';
import { ChangePassphrase } from './ChangePassphrase';
import { NewRecoveryKey } from './NewRecoveryKey';
import { SettingsCard } from './SettingsCard';

export function SettingsSection() {
  return (
    <div className="settings">
      <AutoLockSetting />
      <ChangePassphrase />
      <NewRecoveryKey />
      <DataSettings />
      <SettingsCard
        title="Appearance"
        description={
          <p>Mend follows your computer’s light or dark setting, and calms its motion if you’ve asked your computer for less.</p>
        }
      />
      <AboutMend />
    </div>
  );
}
