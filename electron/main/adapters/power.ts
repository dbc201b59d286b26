import type { PowerMonitor } from 'electron';
import type { PowerEvents } from '../../core/ports';

/** The OS lock screen and sleep both lock the vault (handbook §3). powerMonitor is usable only after 'ready'. */
export function createPowerEvents(powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>): PowerEvents {
  return {
    subscribe(listener) {
      const onLockScreen = () => listener('lock-screen');
      const onSuspend = () => listener('suspend');
      powerMonitor.on('lock-screen', onLockScreen);
      powerMonitor.on('suspend', onSuspend);
      return () => {
        powerMonitor.removeListener('lock-screen', onLockScreen);
        powerMonitor.removeListener('suspend', onSuspend);
      };
    },
  };
}
