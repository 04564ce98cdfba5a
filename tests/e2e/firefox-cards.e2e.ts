import { describe } from 'vitest';
import { cardsScenario } from './support/cards-scenario';
import { launchFirefox } from './support/firefox-session';

describe('Firefox ESR: cards, panel, dynamic pages, site switch', () => cardsScenario(() => launchFirefox('light')));
// Firefox cannot switch prefers-color-scheme at run time over BiDi: the dark cards get a dark browser.
describe('Firefox ESR, dark: cards', () => cardsScenario(() => launchFirefox('dark'), { cardsOnly: true }));
