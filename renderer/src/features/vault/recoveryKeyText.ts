/** What goes in the saved file: the key, and enough words that a future reader knows what it is. */
export function recoveryKeyFileText(recoveryKey: string, label: string, when: Date = new Date()): string {
  const date = when.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  return [
    'Mend recovery key',
    '',
    `Journal: ${label}`,
    `Made on: ${date}`,
    '',
    `    ${recoveryKey}`,
    '',
    'This key opens your Mend journal if you ever forget your passphrase.',
    'Keep it somewhere private and safe, away from this computer:',
    'anyone who has this key and your journal file could read your journal.',
    '',
    'If you make a new recovery key in Mend’s Settings, this one stops working.',
    '',
  ].join('\n');
}
