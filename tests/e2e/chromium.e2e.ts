import { describe } from 'vitest';
import { launchChromium } from './support/chromium-session';
import { sampleArticleScenario } from './support/sample-article-scenario';

describe('Chromium: the sample article', () => sampleArticleScenario(launchChromium));
