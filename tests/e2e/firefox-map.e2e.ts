import { describe } from 'vitest';
import { launchFirefox } from './support/firefox-session';
import { mapScenario } from './support/map-scenario';

describe("Firefox ESR: the article's map in the entities drawer", () => mapScenario(() => launchFirefox('light')));
// Firefox cannot switch prefers-color-scheme at run time over BiDi: the dark map gets a dark browser.
describe('Firefox ESR, dark: the map', () => mapScenario(() => launchFirefox('dark'), { screenshotsOnly: true }));
