// Writes one page of the real-page evaluation set (tests/real-pages) from the text of a search result.
//
//   node scripts/real-page.mjs NAME < excerpt.txt
//
// The text on standard input is the excerpt the search tool's `pages` corpus returns for the page's
// url (see tests/real-pages/sources.json for the query that finds it). Every non-empty line becomes
// one <p> of a minimal page, tests/real-pages/pages/NAME.html (git-ignored: page text is not ours to
// commit).
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: node scripts/real-page.mjs NAME < excerpt.txt   (NAME: lower-case letters, digits, -)');
  process.exit(2);
}
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = readFileSync(0, 'utf8');
const paragraphs = text
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter(Boolean);
if (paragraphs.length === 0) {
  console.error('real-page: no text on standard input');
  process.exit(2);
}
const dir = new URL('../tests/real-pages/pages/', import.meta.url);
await mkdir(dir, { recursive: true });
const html = [
  '<!doctype html>',
  `<html lang="zh"><head><meta charset="utf-8"><title>${escape(name)}</title></head><body><article>`,
  ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
  '</article></body></html>',
  '',
].join('\n');
await writeFile(new URL(`${name}.html`, dir), html);
console.log(
  `tests/real-pages/pages/${name}.html: ${paragraphs.length} paragraphs, ${paragraphs.join('').length} characters`,
);
