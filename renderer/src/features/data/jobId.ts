/**
 * A job id the renderer picks, so it can follow the job's progress events and cancel it.
 * The contract allows /^[a-z0-9-]{8,40}$/: "export-" or "import-" and about thirteen random characters.
 */
export function newJobId(kind: 'export' | 'import'): string {
  const random = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
  return `${kind}-${random}`;
}
