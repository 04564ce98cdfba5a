import { describe } from 'vitest';
import { launchFirefox } from './support/firefox-session';
import { hostilePagesScenario } from './support/hostile-pages-scenario';

describe('Firefox ESR: hostile pages', () => hostilePagesScenario(() => launchFirefox('light')));
