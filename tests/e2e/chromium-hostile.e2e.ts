import { describe } from 'vitest';
import { launchChromium } from './support/chromium-session';
import { hostilePagesScenario } from './support/hostile-pages-scenario';

describe('Chromium: hostile pages', () => hostilePagesScenario(launchChromium));
