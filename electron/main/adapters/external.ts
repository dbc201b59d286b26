import { shell } from 'electron';
import { isSafeLinkUrl } from '../../../shared/domain/links';
import type { ExternalOpener } from '../../core/ports';

/** Links from entries open in the system browser or mail app, never in Mend, and only safe kinds. */
export function createExternalOpener(): ExternalOpener {
  return {
    async open(url) {
      // Checked again here: the contract already refused anything else, but this is the last door.
      if (!isSafeLinkUrl(url)) throw new Error('refused unsafe link');
      await shell.openExternal(url, { activate: true });
    },
  };
}
