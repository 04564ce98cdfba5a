import { describe } from 'vitest';
import { launchChromium } from './support/chromium-session';
import { networkScenario } from './support/network-scenario';

describe('Chromium: nothing leaves the machine', () => networkScenario((proxyPort) => launchChromium({ proxyPort })));
