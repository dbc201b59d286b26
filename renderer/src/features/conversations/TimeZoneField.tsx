import { useMemo, useState } from 'react';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from './Select';
import { allTimeZones, deviceTimeZone, zoneCity } from './when';

interface TimeZoneFieldProps {
  value: string;
  onChange: (timeZone: string) => void;
}

/**
 * The zone is shown, because "19:00" means something different on a trip; the long list only
 * opens when someone asks to change it.
 */
export function TimeZoneField({ value, onChange }: TimeZoneFieldProps) {
  const [changing, setChanging] = useState(false);
  const zones = useMemo(() => allTimeZones(value), [value]);
  const isDevice = value === deviceTimeZone();

  if (!changing) {
    return (
      <div className="field">
        <span className="field__label">Time zone</span>
        <p className="conv-zone">
          <span>
            {value}
            {isDevice ? <span className="conv-muted"> — this computer’s zone</span> : null}
          </span>
          <Button variant="link" onClick={() => setChanging(true)} aria-label={`Change time zone (now ${value})`}>
            Change
          </Button>
        </p>
      </div>
    );
  }
  return (
    <Field label="Time zone" hint={`The time you choose is ${zoneCity(value)} time, and stays that way when clocks change.`}>
      {({ inputId, describedBy }) => (
        <Select id={inputId} aria-describedby={describedBy} value={value} onChange={(e) => onChange(e.target.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll('_', ' ')}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
