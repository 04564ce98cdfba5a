import { describe } from 'vitest';
import { launchChromium } from './support/chromium-session';
import { readerLayerScenario } from './support/reader-layer-scenario';

describe('Chromium: the reader teaches District Lens — own entities, corrections, export and import', () =>
  readerLayerScenario(launchChromium));
