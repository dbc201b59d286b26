import type { BrowserWindow } from 'electron';
import type { Printer } from '../../core/ports';

/** Prints what the window shows (the month in review, laid out by its print stylesheet) to PDF. */
export function createPrinter(window: () => BrowserWindow | null): Printer {
  return {
    async printToPdf() {
      const win = window();
      if (!win) throw new Error('no window to print');
      const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      return new Uint8Array(pdf);
    },
  };
}
