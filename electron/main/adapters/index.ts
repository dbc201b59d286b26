import type { BrowserWindow, PowerMonitor } from 'electron';
import { systemClock, type Ports } from '../../core/ports';
import { createDialogs } from './dialogs';
import { createNotifier } from './notifier';
import { createPowerEvents } from './power';
import { createExternalOpener } from './external';
import { createPrinter } from './printer';

export interface ElectronPortsOptions {
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>;
  parentWindow: () => BrowserWindow | null;
  defaultDir: () => string;
}

/** The core's OS ports, backed by Electron. Create after app 'ready' (powerMonitor needs it). */
export function createElectronPorts({ powerMonitor, parentWindow, defaultDir }: ElectronPortsOptions): Ports {
  return {
    clock: systemClock(),
    notifier: createNotifier(),
    dialogs: createDialogs({ parentWindow, defaultDir }),
    power: createPowerEvents(powerMonitor),
    printer: createPrinter(parentWindow),
    external: createExternalOpener(),
  };
}
