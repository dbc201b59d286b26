import type { Series, SeriesInput } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { FocusHeading } from '../../ui/FocusHeading';
import { BackLink } from './BackLink';
import { ScheduleForm } from './ScheduleForm';
import { useExplain } from './useExplain';
import type { Go } from './views';

interface ScheduleViewProps {
  draft: SeriesInput;
  editing: Series | null;
  heading: string;
  go: Go;
}

/** Planning a conversation (or changing a plan) as its own page, so nothing else competes with it. */
export function ScheduleView({ draft, editing, heading, go }: ScheduleViewProps) {
  const explain = useExplain();
  const home = (flash?: string) => go({ name: 'home', tab: 'upcoming', flash });

  async function save(input: SeriesInput) {
    if (editing) {
      await api.conversations.updateSeries({ id: editing.id, series: input });
      home('Your plan is updated.');
    } else {
      await api.conversations.schedule(input);
      home('Planned. You can prepare for it whenever you like — on your own, in private.');
    }
  }

  return (
    <section className="conv-page" aria-labelledby="conv-schedule-title">
      <BackLink onBack={() => home()} />
      <FocusHeading level={2} id="conv-schedule-title" className="conv-page__title">
        {heading}
      </FocusHeading>
      <p className="conv-lead">Choose a time you can both protect — unhurried, not right before sleep or work.</p>
      <ScheduleForm
        initial={draft}
        submitLabel={editing ? 'Save changes' : 'Plan it'}
        onSubmit={save}
        onCancel={() => home()}
        explain={explain}
      />
    </section>
  );
}
