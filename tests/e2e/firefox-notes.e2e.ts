import { describe } from 'vitest';
import { launchFirefox } from './support/firefox-session';
import { notesScenario } from './support/notes-scenario';

// The fresh profile is a dark Firefox: BiDi cannot switch colour schemes, so the library is seen
// in dark there.
describe('Firefox ESR: notes re-attach, orphans, library, export and import', () =>
  notesScenario(
    () => launchFirefox('light'),
    () => launchFirefox('dark'),
  ));
