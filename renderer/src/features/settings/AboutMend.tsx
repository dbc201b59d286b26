import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { SettingsCard } from './SettingsCard';

/** Version and where the journal lives on disk, for backups and for anyone helping out. */
export function AboutMend() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.app
      .info({})
      .then((i) => alive && setInfo(i))
      .catch((e: unknown) => alive && setError(messageOf(e)));
    return () => {
      alive = false;
    };
  }, []);

  return (
    <SettingsCard title="About Mend">
      {error ? <p>{error}</p> : null}
      {info ? (
        <dl className="about-list">
          <div>
            <dt>Version</dt>
            <dd>{info.version}</dd>
          </div>
          <div>
            <dt>Data folder</dt>
            <dd className="about-list__path">{info.dataDir.path}</dd>
          </div>
        </dl>
      ) : null}
      <p className="settings-card__fine">
        Everything you write stays encrypted in that folder. A backup of the folder keeps your journal safe, and only your passphrase or
        recovery key can open it.
      </p>
    </SettingsCard>
  );
}
