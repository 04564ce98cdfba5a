// Scans one HTML page with the extension's own pipeline (article root → text index → detector →
// the brief's date and events) and prints exactly one JSON object — the format
// ../shared/eval/score.mjs reads, plus the brief that scripts/score-events.mjs reads:
//   {"entities":[{"type","name","id","roles":["<org> <title>"],"mentions":[{"text","start","end"}]}],
//    "date":"YYYY-MM-DD"|null,"dateSource":"meta"|"json-ld"|"time"|"line"|null,
//    "events":[{"kind","date","parties":[{"name","type","role","names"}],"amounts","sentence"}]}
// Offsets index the raw article text the extension sees (the text index of the article root).
//
//   npm run --silent scan -- tests/fixtures/pages/hongqiao-yrd-cooperation.zh-Hans.html
//
// TypeScript sources load through jiti; the page is parsed with happy-dom (no browser needed).
// The pipeline itself is scripts/scan-page.mjs.
import { createPageScanner } from './scan-page.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent scan -- PAGE.html');
  process.exit(2);
}
const scan = await createPageScanner();
process.stdout.write(`${JSON.stringify(await scan(file))}\n`);
