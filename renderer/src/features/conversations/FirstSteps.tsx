import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/Icons';

const STEPS = [
  { title: 'Plan a time', text: 'Pick a time you can both protect. A weekly check-in of 30–45 minutes is a good start.' },
  { title: 'Prepare on your own', text: 'Jot down what you’d like to share, what you appreciate and what you need. It stays private.' },
  { title: 'Talk, one at a time', text: 'Take turns speaking and listening. Either of you can call a 20-minute pause at any time.' },
  { title: 'Keep what you agree', text: 'Write down small agreements, and look at them together next time.' },
];

/** The first visit: the whole idea in four short steps, and one button to begin. */
export function FirstSteps({ onPlan }: { onPlan: () => void }) {
  return (
    <div className="conv-first">
      <h2 className="conv-first__title">Your first check-in</h2>
      <ol className="conv-first__steps">
        {STEPS.map((s, i) => (
          <li key={s.title} className="conv-first__step">
            <span className="conv-first__number" aria-hidden="true">
              {i + 1}
            </span>
            <span>
              <span className="conv-first__step-title">{s.title}</span>
              <span className="conv-first__step-text">{s.text}</span>
            </span>
          </li>
        ))}
      </ol>
      <div>
        <Button variant="primary" onClick={onPlan}>
          <PlusIcon size={18} />
          Plan your first check-in
        </Button>
      </div>
    </div>
  );
}
