import { describe } from 'vitest';
import { launchFirefox } from './support/firefox-session';
import { sampleArticleScenario } from './support/sample-article-scenario';

describe('Firefox ESR: the sample article', () => sampleArticleScenario(launchFirefox));
