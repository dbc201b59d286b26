interface WorkingNoticeProps {
  /** What Mend is doing, in plain words, e.g. "Securing your journal…". Empty when idle. */
  message: string | null;
}

/**
 * Deriving a key takes most of a second; a polite live region says what is happening so the
 * pause never feels like a freeze. The region stays mounted so screen readers notice the change.
 */
export function WorkingNotice({ message }: WorkingNoticeProps) {
  return (
    <div className="working" role="status" aria-live="polite">
      {message ? (
        <>
          <span className="working__breath" aria-hidden="true" />
          <span className="working__text">{message}</span>
        </>
      ) : null}
    </div>
  );
}
