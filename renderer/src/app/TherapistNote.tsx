/** Said plainly wherever people spend time in Mend. */
export function TherapistNote() {
  return <p className="therapist-note">Mend supports, and does not replace, a couples therapist.</p>;
}
