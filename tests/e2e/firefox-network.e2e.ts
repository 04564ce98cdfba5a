import { describe } from 'vitest';
import { launchFirefox } from './support/firefox-session';
import { networkScenario } from './support/network-scenario';

describe('Firefox ESR: nothing leaves the machine', () =>
  networkScenario((proxyPort) => launchFirefox('light', { proxyPort })));
