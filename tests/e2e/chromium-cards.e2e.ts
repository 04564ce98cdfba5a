import { describe } from 'vitest';
import { cardsScenario } from './support/cards-scenario';
import { launchChromium } from './support/chromium-session';

describe('Chromium: cards, panel, dynamic pages, site switch', () => cardsScenario(launchChromium));
