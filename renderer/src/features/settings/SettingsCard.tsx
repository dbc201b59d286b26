import { useId, type ReactNode } from 'react';

interface SettingsCardProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}

/** One group of settings, as a titled region so screen-reader users can jump between them. */
export function SettingsCard({ title, description, children }: SettingsCardProps) {
  const titleId = useId();
  return (
    <section className="settings-card" aria-labelledby={titleId}>
      <h2 className="settings-card__title" id={titleId}>
        {title}
      </h2>
      {description ? <div className="settings-card__description">{description}</div> : null}
      {children ? <div className="settings-card__body">{children}</div> : null}
    </section>
  );
}
