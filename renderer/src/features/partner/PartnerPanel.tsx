import { useId, type ReactNode } from 'react';

interface PartnerPanelProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** For a panel whose heading is not the page's next level down. */
  headingLevel?: 2 | 3;
}

/** A titled card on the Partner page, as a region screen-reader users can jump to. */
export function PartnerPanel({ title, description, children, headingLevel = 2 }: PartnerPanelProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="partner-panel" aria-labelledby={titleId}>
      <Heading className="partner-panel__title" id={titleId}>
        {title}
      </Heading>
      {description ? <div className="partner-panel__description">{description}</div> : null}
      {children}
    </section>
  );
}
