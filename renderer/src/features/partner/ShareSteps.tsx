export type ShareStep = 'choose' | 'prepare' | 'preview' | 'done';

const STEPS: readonly { id: ShareStep; label: string }[] = [
  { id: 'choose', label: 'Choose' },
  { id: 'prepare', label: 'Notes and details' },
  { id: 'preview', label: 'Preview and seal' },
];

/** Where one is in the share flow, so it never feels like a tunnel. Not clickable: Back and Next do that. */
export function ShareSteps({ current }: { current: ShareStep }) {
  const index = current === 'done' ? STEPS.length : STEPS.findIndex((s) => s.id === current);
  return (
    <ol className="share-steps" aria-label="Steps">
      {STEPS.map((s, i) => (
        <li
          key={s.id}
          className="share-steps__step"
          data-state={i < index ? 'done' : i === index ? 'current' : 'next'}
          aria-current={i === index ? 'step' : undefined}
        >
          <span className="share-steps__number" aria-hidden="true">
            {i + 1}
          </span>
          {s.label}
        </li>
      ))}
    </ol>
  );
}
