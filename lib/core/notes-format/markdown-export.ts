import { ENTITY_TYPES, type EntityType } from '../entity';
import type { Note } from '../notes';
import { escapeMarkdownBlock, escapeMarkdownInline, markdownLink } from './markdown-escape';
import { sortNotesForExport } from './note-fields';

/** The words of the Markdown export, so the notes page can pass its own language. */
export interface MarkdownExportLabels {
  /** The document's title, e.g. `District Lens notes`. */
  title: string;
  /** The line under the title, e.g. `Exported 2026-11-26 23:30 UTC · 3 notes`. */
  summary: (exportedAt: Date, noteCount: number) => string;
  /** An entity type as shown after the entity's name, e.g. `city`. */
  entityType: (type: EntityType) => string;
  /** Said after a note's date when it was edited on a later day, e.g. `edited 2026-02-01`. */
  edited: (date: string) => string;
  /** Names the line that lists a note's tags, e.g. `Tags` in `Tags: 招商 · 长三角`. */
  tags: string;
}

/** English wording, used for any label the caller does not supply. */
export const DEFAULT_MARKDOWN_LABELS: MarkdownExportLabels = {
  title: 'District Lens notes',
  summary: (exportedAt, count) =>
    `Exported ${exportedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${count} ${count === 1 ? 'note' : 'notes'}`,
  entityType: (type) => type,
  edited: (date) => `edited ${date}`,
  tags: 'Tags',
};

/** Options for {@link notesToMarkdown}. */
export interface MarkdownExportOptions {
  labels?: Partial<MarkdownExportLabels>;
}

interface EntityGroup {
  type: EntityType;
  id: string;
  name: string;
  notes: Note[];
}

/**
 * Writes notes as a Markdown document for reading: a title and summary line, then one
 * `## name (type)` section per entity — types in the order the UI lists them, names in Chinese
 * (pinyin) order — and in each, the notes oldest first: as a block quote the sentence the note is
 * anchored to (the bare quote when it has no anchor), the note text, a `Tags: 招商 · 长三角` line
 * when it has tags, then a line with the article link `[title](url)` and the date (UTC, with the
 * day of the last edit when it differs), notes separated by `---`. All user text (names, notes, quotes,
 * titles, and labels too) is escaped, so a note cannot add headings, links, HTML or lists; line
 * breaks inside a note are kept. Ends with one newline.
 */
export function notesToMarkdown(notes: readonly Note[], exportedAt: Date, options: MarkdownExportOptions = {}): string {
  const labels = { ...DEFAULT_MARKDOWN_LABELS, ...options.labels };
  const blocks = [
    `# ${escapeMarkdownInline(labels.title)}`,
    escapeMarkdownInline(labels.summary(exportedAt, notes.length)),
  ];
  for (const group of groupByEntity(notes)) {
    blocks.push(
      `## ${escapeMarkdownInline(group.name || group.id)} (${escapeMarkdownInline(labels.entityType(group.type))})`,
    );
    group.notes.forEach((note, index) => {
      if (index > 0) blocks.push('---');
      const quote = escapeMarkdownBlock(quotedText(note), '> ');
      if (quote) blocks.push(quote);
      blocks.push(escapeMarkdownBlock(note.body));
      if (note.tags.length > 0) blocks.push(tagLine(note.tags, labels));
      blocks.push(sourceLine(note, labels));
    });
  }
  // Blank lines between blocks: a `---` right under a paragraph line would underline it into a heading.
  return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}

/**
 * What the block quote shows: the whole sentence for an anchored note, since it says what the
 * quote was about on the page, and the bare quote otherwise (or when the sentence is blank).
 */
function quotedText(note: Note): string {
  const sentence = note.anchor?.sentence ?? '';
  return sentence.trim().length > 0 ? sentence : note.quote;
}

/** `Tags: 招商 · 长三角`, each tag escaped on its own so none can start Markdown syntax. */
function tagLine(tags: readonly string[], labels: MarkdownExportLabels): string {
  return `${escapeMarkdownInline(labels.tags)}: ${tags.map(escapeMarkdownInline).join(' · ')}`;
}

/** `[title](url) · 2026-01-02 · edited 2026-02-01`, dates as UTC days. */
function sourceLine(note: Note, labels: MarkdownExportLabels): string {
  const created = note.createdAt.slice(0, 10);
  const updated = note.updatedAt.slice(0, 10);
  const parts = [markdownLink(note.pageTitle, note.url), escapeMarkdownInline(created)];
  if (updated > created) parts.push(escapeMarkdownInline(labels.edited(updated)));
  return parts.join(' · ');
}

const collator = new Intl.Collator('zh-Hans-CN');

/**
 * Groups notes by entity (type and id), each group's notes in export order; the heading shows
 * the name from the group's latest note, in case the entity's name changed over time.
 */
function groupByEntity(notes: readonly Note[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const note of sortNotesForExport(notes)) {
    const key = `${note.entityType}\u0000${note.entityId}`;
    const group = groups.get(key);
    if (group) {
      group.notes.push(note);
      group.name = note.entityName;
    } else {
      groups.set(key, { type: note.entityType, id: note.entityId, name: note.entityName, notes: [note] });
    }
  }
  const typeOrder = (type: EntityType) => ENTITY_TYPES.indexOf(type);
  return [...groups.values()].sort(
    (a, b) =>
      typeOrder(a.type) - typeOrder(b.type) ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
