import { Tabs } from 'radix-ui';
import { useState } from 'react';
import { localToday, monthOf, shiftMonth } from './dates';
import { InsightsView } from './InsightsView';
import { MonthReviewView } from './MonthReviewView';
import type { Months } from './range';
import './progress.css';

/**
 * The Progress section: pictures of the last months, and a month in review. Everything is read
 * from the core when shown and lives only in this tree, which the shell drops when Mend locks.
 */
export function ProgressSection() {
  // The person's own calendar day, fixed for this visit so every view agrees on "today".
  const [today] = useState(() => localToday());
  // Held here rather than in each view, so moving between the two tabs keeps what was chosen.
  const [months, setMonths] = useState<Months>(3);
  const [month, setMonth] = useState(() => shiftMonth(monthOf(today), -1));
  return (
    <Tabs.Root className="progress" defaultValue="insights">
      <Tabs.List className="progress-tabs" aria-label="Progress views">
        <Tabs.Trigger className="progress-tabs__tab" value="insights">
          Over time
        </Tabs.Trigger>
        <Tabs.Trigger className="progress-tabs__tab" value="month">
          Month in review
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content className="progress__panel" value="insights">
        <InsightsView today={today} months={months} onMonthsChange={setMonths} />
      </Tabs.Content>
      <Tabs.Content className="progress__panel" value="month">
        <MonthReviewView today={today} month={month} onMonthChange={setMonth} />
      </Tabs.Content>
    </Tabs.Root>
  );
}
