/** An import that must not happen, with the reasons to show the person (nothing was imported). */
export class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(problems[0] ?? 'The file could not be imported.');
    this.name = 'ImportRefused';
  }
}
