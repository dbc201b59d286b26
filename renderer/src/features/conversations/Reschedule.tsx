import { RadioGroup } from 'radix-ui';
import { useId, useState, type FormEvent } from 'react';
import type { Conversation, Prep, Series } from '../../../../shared/domain/conversation';
import { utcToZoned, zonedToUtc } from '../../../../shared/domain/zoned-time';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { inputOf } from './drafts';
import { useExplain } from './useExplain';
import { friendlyWhen, inSentence } from './when';

interface RescheduleProps {
  conversation: Conversation;
  series: Series;
  /** The preparation so far; it moves with the conversation. */
  prep: Prep;
  onDone: (flash: string) => void;
}

type Scope = 'once' | 'series';

/**
 * Skip this time, or pick another. Moving "just this once" skips this occurrence and plans a
 * one-off at the new time; moving the series shifts every time after. Either way the preparation
 * written so far comes along.
 */
export function Reschedule({ conversation, series, prep, onDone }: RescheduleProps) {
  const explain = useExplain();
  const scopeId = useId();
  const start = utcToZoned(conversation.startsAt, series.timeZone);
  const [picking, setPicking] = useState(false);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [scope, setScope] = useState<Scope>('once');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const repeats = series.everyWeeks !== null;

  async function attempt(run: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      onDone(await run());
    } catch (e) {
      setError(explain(e));
      setBusy(false);
    }
  }

  const skip = () =>
    attempt(async () => {
      await api.conversations.skip({ id: conversation.id });
      return 'Skipped for now. It’s better to talk when you can both listen.';
    });

  function move(e: FormEvent) {
    e.preventDefault();
    void attempt(async () => {
      const input = inputOf(series);
      let seriesId = series.id;
      if (scope === 'series' && repeats) {
        await api.conversations.updateSeries({ id: series.id, series: { ...input, startDate: date, startTime: time } });
      } else {
        seriesId = (await api.conversations.schedule({ ...input, startDate: date, startTime: time, everyWeeks: null })).id;
      }
      // The old time stays in the history as skipped, so nothing looks silently missed.
      await api.conversations.skip({ id: conversation.id });
      const startsAt = zonedToUtc({ date, time }, series.timeZone);
      const moved = await api.conversations.open({ seriesId, startsAt });
      await api.conversations.savePrep({ id: moved.id, prep });
      return `Moved to ${inSentence(friendlyWhen(startsAt, series.timeZone, Date.now()))}. Your preparation moved with it.`;
    });
  }

  return (
    <div className="conv-reschedule">
      {!picking ? (
        <div className="conv-reschedule__choices">
          <Button onClick={() => setPicking(true)} disabled={busy}>
            Pick another time
          </Button>
          <Button variant="quiet" onClick={skip} disabled={busy}>
            Skip this one
          </Button>
        </div>
      ) : (
        <form autoComplete="off" className="conv-reschedule__form" onSubmit={move} aria-label="Pick another time">
          <div className="conv-form__row">
            <Field label="New date">
              {({ inputId }) => (
                <input id={inputId} className="input" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
              )}
            </Field>
            <Field label="New time">
              {({ inputId }) => (
                <input id={inputId} className="input" type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
              )}
            </Field>
          </div>
          {repeats ? (
            <div className="field">
              <span className="field__label" id={scopeId}>
                Move
              </span>
              <RadioGroup.Root
                className="conv-choice"
                aria-labelledby={scopeId}
                value={scope}
                onValueChange={(v) => setScope(v === 'series' ? 'series' : 'once')}
              >
                <RadioGroup.Item value="once" className="conv-choice__item">
                  Just this once
                </RadioGroup.Item>
                <RadioGroup.Item value="series" className="conv-choice__item">
                  This and every time after
                </RadioGroup.Item>
              </RadioGroup.Root>
            </div>
          ) : null}
          <div className="button-row conv-reschedule__buttons">
            <Button variant="quiet" onClick={() => setPicking(false)} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? 'Moving…' : 'Move it'}
            </Button>
          </div>
        </form>
      )}
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
    </div>
  );
}
