/** Says why the main button is still unavailable; the button points here with aria-describedby. */
export function ReadyHint({ id, text }: { id: string; text: string | null }) {
  return (
    <p className="ready-hint" id={id}>
      {text}
    </p>
  );
}
