import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Dialogs } from '../../core/ports';

export interface DialogsOptions {
  /** The window the dialog belongs to (modal on it), if there is one. */
  parentWindow: () => BrowserWindow | null;
  /** Where save dialogs start, e.g. the Documents folder. */
  defaultDir: () => string;
}

/**
 * File dialogs plus the file access that goes with them. The person picks every path; the core
 * never writes or reads a path it chose itself through this port.
 */
export function createDialogs({ parentWindow, defaultDir }: DialogsOptions): Dialogs {
  const showSave = (opts: SaveDialogOptions) => {
    const win = parentWindow();
    return win ? dialog.showSaveDialog(win, opts) : dialog.showSaveDialog(opts);
  };
  const showOpen = (opts: OpenDialogOptions) => {
    const win = parentWindow();
    return win ? dialog.showOpenDialog(win, opts) : dialog.showOpenDialog(opts);
  };

  return {
    async saveFile({ suggestedName, data, filters }) {
      const { canceled, filePath } = await showSave({
        defaultPath: join(defaultDir(), basename(suggestedName)),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (canceled || !filePath) return null;
      // Readable by this user only (these are things like a recovery key), and flushed to disk
      // before we report success: a save that returned must survive a crash.
      const file = await open(filePath, 'w', 0o600);
      try {
        await file.writeFile(data);
        await file.sync();
      } finally {
        await file.close();
      }
      return filePath;
    },

    async openFile({ filters, maxBytes }) {
      const { canceled, filePaths } = await showOpen({ properties: ['openFile'], filters });
      const filePath = filePaths[0];
      if (canceled || !filePath) return null;
      // Checked on the path first, so a FIFO or device is never opened (that could block) and an
      // oversized file is never touched; then again on the open handle, with the read capped, so a
      // file swapped or growing after the first check can never make us read more than maxBytes.
      const before = await stat(filePath);
      if (!before.isFile() || before.size > maxBytes) return null;
      const file = await open(filePath, 'r');
      try {
        const info = await file.stat();
        if (!info.isFile() || info.size > maxBytes) return null;
        // One spare byte reveals a file that grew while we read it.
        const buffer = new Uint8Array(info.size + 1);
        let length = 0;
        while (length < buffer.length) {
          const { bytesRead } = await file.read(buffer, length, buffer.length - length, length);
          if (bytesRead === 0) break;
          length += bytesRead;
        }
        // Changed under us: refuse rather than hand the core a mix of two versions.
        if (length !== info.size) return null;
        return { name: basename(filePath), data: buffer.slice(0, length) };
      } finally {
        await file.close();
      }
    },

    async openDirectory({ extensions, maxFiles, maxFileBytes }) {
      const { canceled, filePaths } = await showOpen({ properties: ['openDirectory'] });
      const root = filePaths[0];
      if (canceled || !root) return null;
      const files: { path: string; data: Uint8Array }[] = [];
      const skipped: string[] = [];
      const wanted = (name: string) => extensions.some((ext) => name.toLowerCase().endsWith(ext));
      // Breadth-first, without following symlinks, stopping at maxFiles: a huge or looping tree
      // cannot make the import read without end.
      const queue = [root];
      while (queue.length && files.length < maxFiles) {
        const dir = queue.shift()!;
        for (const ent of await readdir(dir, { withFileTypes: true })) {
          if (ent.name.startsWith('.')) continue;
          const full = join(dir, ent.name);
          if (ent.isDirectory()) queue.push(full);
          else if (ent.isFile() && wanted(ent.name)) {
            const info = await stat(full);
            if (info.size > maxFileBytes) skipped.push(relative(root, full));
            else files.push({ path: relative(root, full), data: new Uint8Array(await readFile(full)) });
            if (files.length >= maxFiles) break;
          }
        }
      }
      return { files, skipped };
    },
  };
}
