import { Tabs } from 'radix-ui';
import { useFocusOnMount } from '../../lib/useFocusOnMount';
import { AgreementsTab } from './AgreementsTab';
import { BoundariesTab } from './BoundariesTab';
import type { Names } from './useNames';
import { UpcomingTab } from './UpcomingTab';
import type { Go, HomeTab } from './views';

interface ConversationsHomeProps {
  tab: HomeTab;
  flash?: string;
  names: Names;
  go: Go;
  takeFocus?: boolean;
}

const TABS: readonly { value: HomeTab; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'agreements', label: 'Agreements' },
  { value: 'boundaries', label: 'Boundaries' },
];
const isTab = (v: string): v is HomeTab => TABS.some((t) => t.value === v);

/** The overview: the plan, the agreements you keep, the boundaries you hold. */
export function ConversationsHome({ tab, flash, names, go, takeFocus = false }: ConversationsHomeProps) {
  const activeRef = useFocusOnMount<HTMLButtonElement>(takeFocus);
  return (
    <Tabs.Root className="conv-tabs" value={tab} onValueChange={(v) => isTab(v) && go({ name: 'home', tab: v })}>
      <Tabs.List className="conv-tabs__list" aria-label="Conversations">
        {TABS.map((t) => (
          <Tabs.Trigger key={t.value} ref={t.value === tab ? activeRef : undefined} className="conv-tabs__trigger" value={t.value}>
            {t.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Tabs.Content className="conv-tabs__panel" value="upcoming">
        <UpcomingTab go={go} flash={flash} />
      </Tabs.Content>
      <Tabs.Content className="conv-tabs__panel" value="agreements">
        <AgreementsTab names={names} />
      </Tabs.Content>
      <Tabs.Content className="conv-tabs__panel" value="boundaries">
        <BoundariesTab />
      </Tabs.Content>
    </Tabs.Root>
  );
}
