import { describe } from 'vitest';
import { launchChromium } from './support/chromium-session';
import { notesScenario } from './support/notes-scenario';

describe('Chromium: notes re-attach, orphans, library, export and import', () => notesScenario(launchChromium));
