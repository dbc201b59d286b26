import type { MendEvent } from '../../shared/events';

export type EventListener = (event: MendEvent) => void;

/** A tiny synchronous emitter: the core's only way to speak without being asked. */
export class EventHub {
  private listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: MendEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch {
        // A broken listener (e.g. a closed window) must not stop the others or the core.
      }
    }
  }
}
