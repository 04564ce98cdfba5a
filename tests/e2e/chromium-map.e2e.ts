import { describe } from 'vitest';
import { launchChromium } from './support/chromium-session';
import { mapScenario } from './support/map-scenario';

describe("Chromium: the article's map in the entities drawer", () => mapScenario(launchChromium));
