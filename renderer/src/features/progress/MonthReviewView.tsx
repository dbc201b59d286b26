import { useState } from 'react';
import { useSession } from '../../app/SessionContext';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { PrintIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { monthOf } from './dates';
import { MonthPicker } from './MonthPicker';
import { MonthSheet } from './MonthSheet';
import { useCoreData } from './useCoreData';
import './month-print.css';

interface MonthReviewViewProps {
  today: string;
  /** The month shown, "2026-05"; last month when the section opens. */
  month: string;
  onMonthChange: (month: string) => void;
}

/** A page per month: the month's sheet, and a way to keep it as a PDF. */
export function MonthReviewView({ today, month, onMonthChange }: MonthReviewViewProps) {
  const { syncStatus } = useSession();
  const latest = monthOf(today);
  const { data: review, loading, error } = useCoreData(month, () => api.progress.month({ month }));
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ month: string; text: string; tone: 'ok' | 'caution' } | null>(null);
  // What is on screen is what gets printed, so saving waits until the chosen month is showing.
  const showing = review !== null && review.month === month && !loading;

  async function savePdf() {
    setSaving(true);
    setStatus(null);
    try {
      const r = await api.progress.printMonth({ month });
      setStatus({ month, tone: 'ok', text: r.saved ? 'Saved as a PDF.' : 'Nothing was saved.' });
    } catch (e) {
      if (isLockedError(e)) void syncStatus();
      else setStatus({ month, tone: 'caution', text: messageOf(e) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="month-review" aria-busy={loading}>
      <div className="month-review__controls">
        <MonthPicker value={month} latest={latest} onChange={onMonthChange} />
        <Button onClick={savePdf} disabled={!showing || saving}>
          <PrintIcon size={18} />
          {saving ? 'Saving…' : 'Save as PDF'}
        </Button>
      </div>
      <p className={`month-review__status month-review__status--${status?.tone ?? 'ok'}`} role="status">
        {status?.month === month ? status.text : ''}
      </p>
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      {review ? <MonthSheet review={review} /> : null}
    </div>
  );
}
