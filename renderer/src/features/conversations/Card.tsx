import { useId, type ReactNode } from 'react';

interface CardProps {
  title: string;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled part of a page, as a region screen-reader users can jump to. */
export function Card({ title, hint, children, className }: CardProps) {
  const id = useId();
  return (
    <section className={['conv-card', className ?? ''].join(' ').trim()} aria-labelledby={id}>
      <h3 className="conv-card__title" id={id}>
        {title}
      </h3>
      {hint ? <div className="conv-card__hint">{hint}</div> : null}
      {children}
    </section>
  );
}
