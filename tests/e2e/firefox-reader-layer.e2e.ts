import { describe } from 'vitest';
import { launchFirefox } from './support/firefox-session';
import { readerLayerScenario } from './support/reader-layer-scenario';

describe('Firefox ESR: the reader teaches District Lens — own entities, corrections, export and import', () =>
  readerLayerScenario(() => launchFirefox('light')));
