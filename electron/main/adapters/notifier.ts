import { Notification } from 'electron';
import type { Notifier } from '../../core/ports';

/** OS notifications. The core decides what a notification says; it must never quote journal text. */
export function createNotifier(): Notifier {
  return {
    show({ title, body }) {
      if (!Notification.isSupported()) return;
      new Notification({ title, body }).show();
    },
  };
}
