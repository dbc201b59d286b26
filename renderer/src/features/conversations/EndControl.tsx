import { useState } from 'react';
import { Button } from '../../ui/Button';

/** Ending asks once, in a line, and says what comes next: writing down how it went. */
export function EndControl({ onEnd }: { onEnd: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="quiet" onClick={() => setAsking(true)}>
        End the conversation
      </Button>
    );
  }
  return (
    <div className="conv-end-ask" role="group" aria-label="End the conversation?">
      <p>End here? Next you can note how it went and any agreements.</p>
      <Button variant="quiet" onClick={() => setAsking(false)}>
        Keep talking
      </Button>
      <Button variant="primary" onClick={onEnd} autoFocus>
        End and write it down
      </Button>
    </div>
  );
}
