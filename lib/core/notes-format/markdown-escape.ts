import { isWebAddress } from '../validation';

/**
 * ASCII punctuation that starts or ends Markdown syntax wherever it stands in a line:
 * emphasis and strikethrough (`* _ ~`), code (`` ` ``), links and images (`[ ]`), raw HTML and
 * autolinks (`< >`), entities (`&`), tables (`|`), math (`$`, on GitHub and in Obsidian), heading
 * marks and Obsidian tags (`#`), and the backslash itself. CommonMark lets a backslash escape any
 * ASCII punctuation, and a renderer shows the character without it.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~$#]/g;

/**
 * Block markers that only count at the start of a line: list items, setext underlines, quotes.
 * Other white space before them (U+3000, vertical tab) is not indentation in CommonMark, but a
 * lenient renderer might trim it, so the marker is escaped behind it too.
 */
const LINE_START_SPECIAL = /^(\s*)([-+=>])/;

/**
 * `1.` or `1)` followed by a space (or nothing) at the start of a line begins an ordered list;
 * escaping the dot stops it. `2024.5` is left alone: it cannot start a list.
 */
const ORDERED_LIST_START = /^(\s*\d{1,9})([.)])(?=\s|$)/;

/**
 * Escapes one line of user text so Markdown shows it literally: every character in
 * {@link INLINE_SPECIAL}, and a list, quote or underline marker at the start. Leading spaces and
 * tabs are dropped (four of them would start a code block) and so is trailing white space (two
 * spaces would be a line break). Bare web addresses may still be turned into links by renderers
 * that do that; the link then shows its own address, so it cannot disguise where it leads.
 */
export function escapeMarkdownLine(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  const escaped = trimmed.replace(INLINE_SPECIAL, '\\$&');
  return escaped.replace(LINE_START_SPECIAL, '$1\\$2').replace(ORDERED_LIST_START, '$1\\$2');
}

/**
 * Escapes text that must stay on one line — a heading, a link's text: line breaks become spaces,
 * then the line is escaped as in {@link escapeMarkdownLine}.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(text.replace(/[\r\n]+/g, ' '));
}

/**
 * Escapes multi-line user text as Markdown paragraphs: each line escaped, lines of one paragraph
 * joined by hard line breaks (a trailing backslash) so they stay separate lines, blank lines kept
 * as paragraph breaks. Each line of the result is passed to `prefixLine` (e.g. `> ` for a block
 * quote). Answers the empty string for text that is only white space.
 */
export function escapeMarkdownBlock(text: string, prefixLine = ''): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(escapeMarkdownLine)
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
  return paragraphs
    .map((lines) => lines.map((line) => `${prefixLine}${line}`).join('\\\n'))
    .join(`\n${prefixLine.trimEnd()}\n`);
}

/** Characters that would end or break a link destination, percent-encoded instead. */
const UNSAFE_IN_DESTINATION = /[\s()<>\\"'`\p{Cc}]/gu;

/** Percent-encodes one character as UTF-8 (`encodeURIComponent` leaves `( ) '` alone). */
function percentEncode(char: string): string {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(char);
}

/**
 * A Markdown link `[text](address)` for a web page, with the text escaped and the address's
 * spaces, brackets and control characters percent-encoded so neither can break out of the link.
 * An address that is not http or https (which the store never writes) is shown as escaped text,
 * never as a link, so a `javascript:` address cannot become clickable.
 */
export function markdownLink(text: string, address: string): string {
  if (!isWebAddress(address)) return escapeMarkdownInline(text ? `${text} (${address})` : address);
  const destination = address.replace(UNSAFE_IN_DESTINATION, percentEncode);
  return `[${escapeMarkdownInline(text || address)}](${destination})`;
}
