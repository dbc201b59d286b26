import { BackupsCard } from './BackupsCard';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import './data.css';

/** Backups, export and import: the cards Settings shows for the journal's data. */
export function DataSettings() {
  return (
    <>
      <BackupsCard />
      <ExportCard />
      <ImportCard />
    </>
  );
}
