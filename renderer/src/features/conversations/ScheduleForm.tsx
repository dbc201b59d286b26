import { useState, type FormEvent } from 'react';
import { CONVERSATION_KIND_LABELS, type SeriesInput } from '../../../../shared/domain/conversation';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextInput } from '../../ui/TextInput';
import { KindChoice } from './KindChoice';
import { DURATIONS, durationWords, REMINDERS, REPEATS } from './labels';
import { Select } from './Select';
import { TimeZoneField } from './TimeZoneField';
import { longDate, wallTime, weekdayOf } from './when';

interface ScheduleFormProps {
  initial: SeriesInput;
  submitLabel: string;
  /** Resolves when saved; a rejection's message (already in plain words) is shown above the buttons. */
  onSubmit: (input: SeriesInput) => Promise<void>;
  onCancel: () => void;
  explain: (e: unknown) => string | null;
}

/** Selects carry strings; "" stands for "none" so the option can be chosen like any other. */
const toOption = (n: number | null) => (n === null ? '' : String(n));
const fromOption = (s: string) => (s === '' ? null : Number(s));

/** Says the plan back in one sentence, so a wrong weekday or time is easy to catch before saving. */
function summary(v: SeriesInput): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.startDate) || !/^\d{2}:\d{2}$/.test(v.startTime)) return '';
  const time = wallTime(v.startTime);
  const day = weekdayOf(v.startDate);
  if (v.everyWeeks === null) return `Once, on ${day} ${longDate(v.startDate)} at ${time}, for ${durationWords(v.durationMinutes)}.`;
  const every = v.everyWeeks === 1 ? 'Every week' : `Every ${v.everyWeeks} weeks`;
  return `${every} on ${day} at ${time}, for ${durationWords(v.durationMinutes)}, starting ${longDate(v.startDate)}.`;
}

export function ScheduleForm({ initial, submitLabel, onSubmit, onCancel, explain }: ScheduleFormProps) {
  const [v, setV] = useState<SeriesInput>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof SeriesInput>(key: K, value: SeriesInput[K]) => setV((x) => ({ ...x, [key]: value }));
  const durations = DURATIONS.includes(v.durationMinutes as (typeof DURATIONS)[number])
    ? DURATIONS
    : [...DURATIONS, v.durationMinutes].sort((a, b) => a - b);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(v);
    } catch (err) {
      setError(explain(err));
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" className="conv-form" onSubmit={submit} aria-label="Plan a conversation">
      <KindChoice value={v.kind} onChange={(kind) => set('kind', kind)} />

      <Field label="What is it for?" hint="One sentence, for the two of you. It stays in Mend.">
        {({ inputId, describedBy }) => (
          <TextInput
            id={inputId}
            aria-describedby={describedBy}
            value={v.purpose}
            maxLength={200}
            required
            placeholder="e.g. Check in gently about the week"
            onChange={(e) => set('purpose', e.target.value)}
          />
        )}
      </Field>

      <div className="conv-form__row">
        <Field label="Date">
          {({ inputId, describedBy }) => (
            <input
              id={inputId}
              aria-describedby={describedBy}
              className="input"
              type="date"
              required
              value={v.startDate}
              onChange={(e) => set('startDate', e.target.value)}
            />
          )}
        </Field>
        <Field label="Time">
          {({ inputId, describedBy }) => (
            <input
              id={inputId}
              aria-describedby={describedBy}
              className="input"
              type="time"
              required
              value={v.startTime}
              onChange={(e) => set('startTime', e.target.value)}
            />
          )}
        </Field>
        <Field label="How long">
          {({ inputId, describedBy }) => (
            <Select
              id={inputId}
              aria-describedby={describedBy}
              value={v.durationMinutes}
              onChange={(e) => set('durationMinutes', Number(e.target.value))}
            >
              {durations.map((m) => (
                <option key={m} value={m}>
                  {durationWords(m)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <div className="conv-form__row">
        <Field label="Repeat">
          {({ inputId, describedBy }) => (
            <Select
              id={inputId}
              aria-describedby={describedBy}
              value={toOption(v.everyWeeks)}
              onChange={(e) => set('everyWeeks', fromOption(e.target.value))}
            >
              {REPEATS.map((r) => (
                <option key={r.label} value={toOption(r.value)}>
                  {r.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Reminder">
          {({ inputId, describedBy }) => (
            <Select
              id={inputId}
              aria-describedby={describedBy}
              value={toOption(v.reminderMinutesBefore)}
              onChange={(e) => set('reminderMinutesBefore', fromOption(e.target.value))}
            >
              {REMINDERS.map((r) => (
                <option key={r.label} value={toOption(r.value)}>
                  {r.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <TimeZoneField value={v.timeZone} onChange={(tz) => set('timeZone', tz)} />

      <p className="conv-form__summary">{summary(v)}</p>
      <p className="conv-muted conv-form__privacy">
        A calendar entry says only “Mend: {CONVERSATION_KIND_LABELS[v.kind]}”, and reminders only that a conversation is coming up. What
        it’s for stays in Mend.
      </p>

      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button variant="quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
