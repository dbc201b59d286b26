import { useEffect } from 'react';
import { preloadPassphraseChecker } from '../../lib/usePassphraseAssessment';
import { Button } from '../../ui/Button';
import { FocusHeading } from '../../ui/FocusHeading';

/** The first thing someone sees on a computer with no journal yet. */
export function Welcome({ onCreate }: { onCreate: () => void }) {
  // Creating a journal is the only thing to do here, and it needs the strength checker.
  useEffect(preloadPassphraseChecker, []);
  return (
    <div className="stack welcome">
      <FocusHeading>Welcome to Mend</FocusHeading>
      <p className="lead">
        A private place for the slow work of rebuilding trust: for feelings, setbacks and small recoveries, and for getting ready for the
        conversations you have together.
      </p>
      <ul className="welcome__points">
        <li>Your journal is encrypted on this computer. Only your passphrase — or your recovery key — opens it.</li>
        <li>Each of you keeps your own journal. Nothing is shared unless you choose it, one entry at a time.</li>
        <li>Go at your own pace. There are no streaks and nothing to keep up with.</li>
      </ul>
      <Button variant="primary" wide onClick={onCreate}>
        Create your journal
      </Button>
    </div>
  );
}
