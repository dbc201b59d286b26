import type { MendBridge } from '../../../shared/client';

// Specs call window.mend inside page.evaluate; it is the same bridge the preload exposes.
declare global {
  interface Window {
    mend: MendBridge;
  }
}
