import { useId, useState } from 'react';
import { CONVERSATION_KIND_LABELS, type Series } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { planWords } from './planWords';
import { StopPlanButton } from './StopPlanButton';
import { useExplain } from './useExplain';

interface PlanItemProps {
  series: Series;
  onChange: () => void;
  onStopped: () => void;
}

/** One plan: its rhythm in words, a calendar file for it, and ways to change or stop it. */
export function PlanItem({ series, onChange, onStopped }: PlanItemProps) {
  const explain = useExplain();
  const titleId = useId();
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = CONVERSATION_KIND_LABELS[series.kind];

  async function addToCalendar() {
    setBusy(true);
    setNote(null);
    try {
      const { saved } = await api.conversations.exportIcs({ seriesId: series.id });
      setNote(
        saved
          ? `Saved a calendar file. Open it to add the ${series.everyWeeks ? 'times' : 'time'} to your calendar. The entry only says “Mend: ${label}” — what it’s for stays in Mend.`
          : 'Nothing was saved.',
      );
    } catch (e) {
      setNote(explain(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="conv-plan">
      <div className="conv-plan__text">
        <p className="conv-plan__title" id={titleId}>
          {label}
          <span className="conv-plan__purpose"> — {series.purpose}</span>
        </p>
        <p className="conv-muted">{planWords(series)}</p>
        <p className="conv-plan__note" role="status">
          {note}
        </p>
      </div>
      <div className="conv-plan__actions">
        <Button onClick={addToCalendar} disabled={busy} aria-describedby={titleId}>
          Add to calendar
        </Button>
        <Button variant="quiet" onClick={onChange} aria-describedby={titleId}>
          Change
        </Button>
        <StopPlanButton series={series} onStopped={onStopped} />
      </div>
    </li>
  );
}
