import type { ComponentType } from 'react';
import { ConversationsSection } from '../features/conversations';
import { JournalSection } from '../features/journal';
import { PartnerSection } from '../features/partner';
import { ProgressSection } from '../features/progress';
import { SettingsSection } from '../features/settings/SettingsSection';
import { FocusHeading } from '../ui/FocusHeading';
import type { Section, SectionId } from './sections';

/** Each section's page: a feature folder's root component. */
const PAGES: Record<SectionId, ComponentType> = {
  journal: JournalSection,
  conversations: ConversationsSection,
  partner: PartnerSection,
  progress: ProgressSection,
  settings: SettingsSection,
};

interface SectionViewProps {
  section: Section;
  /**
   * True after the person picked a section: its heading then takes focus so screen readers announce
   * the new page. Not on the first page after unlocking, so the first Tab still reaches the skip link.
   */
  takeFocus: boolean;
}

/** One section's page. Keyed by section in the shell, so it mounts afresh on every change. */
export function SectionView({ section, takeFocus }: SectionViewProps) {
  const Page = PAGES[section.id];
  return (
    <article className="section" aria-labelledby={`section-title-${section.id}`}>
      <header className="section__header">
        <FocusHeading className="section__title" id={`section-title-${section.id}`} takeFocus={takeFocus}>
          {section.label}
        </FocusHeading>
        <p className="section__intro">{section.intro}</p>
      </header>
      <Page />
    </article>
  );
}
