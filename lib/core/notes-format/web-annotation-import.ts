import * as v from 'valibot';
import { describeIssue } from './describe-issue';
import { describeValue, shorten } from './describe-value';
import type { NotesReadResult } from './import-result';
import { tooManyNotes } from './import-limits';
import { validateNoteList } from './validate-notes';
import { ANNOTATION_CONTEXT, noteIdFromIri } from './web-annotation-terms';
import { toIsoInstant } from './xsd-date-time';

/** Labels for the annotation's own structure, keyed by path (see `describe-issue.ts`). */
const STRUCTURE_LABELS: Readonly<Record<string, string>> = {
  id: 'the id (id)',
  type: 'the type (type)',
  body: 'the note text (body)',
  'body.type': 'the type of the note text (body.type)',
  target: 'the annotated page (target)',
  'target.source': 'the page address (target.source)',
  created: 'the creation time (created)',
  'dl:entity': 'the District Lens entity (dl:entity)',
  'dl:entity.dl:id': 'the entity id (dl:entity.dl:id)',
  'dl:entity.dl:type': 'the entity type (dl:entity.dl:type)',
  'dl:entity.dl:name': 'the entity name (dl:entity.dl:name)',
};

/** Labels for the note fields, naming where each one sits in an annotation. */
const NOTE_LABELS: Readonly<Record<string, string>> = {
  id: 'the id (id)',
  entityId: 'the entity id (dl:entity.dl:id)',
  entityType: 'the entity type (dl:entity.dl:type)',
  entityName: 'the entity name (dl:entity.dl:name)',
  body: 'the note text (body.value)',
  url: 'the page address (target.source)',
  pageTitle: 'the page title (target.dl:pageTitle)',
  quote: 'the quote (target.selector.exact)',
  createdAt: 'the creation time (created)',
  updatedAt: 'the last-edit time (modified)',
};

const objectMessage = (issue: v.BaseIssue<unknown>) => `must be an object, not ${describeValue(issue.input)}`;

/**
 * A JSON object with the given entries (others allowed). valibot's object schemas take a list
 * for an object with every entry missing, so lists are turned away first, with `message`.
 */
function jsonObject<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  message: (issue: v.BaseIssue<unknown>) => string,
) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      message,
    ),
    v.looseObject(entries, message),
  );
}

/**
 * The structure an annotation needs before its fields can be read as a note. Leaf values are
 * left `unknown` here: the note rules check them afterwards with the same messages as the JSON
 * import. Unknown properties are allowed, since annotations may carry terms of other vocabularies
 * that say nothing about the note.
 */
const annotationSchema = v.looseObject(
  {
    id: v.pipe(
      v.string((issue) => `must be text, not ${describeValue(issue.input)}`),
      v.nonEmpty('must not be empty'),
    ),
    type: v.custom<unknown>(
      (type) => hasType(type, 'Annotation'),
      (issue) => `must be “Annotation”, not ${describeValue(issue.input)}`,
    ),
    body: jsonObject(
      {
        type: v.literal('TextualBody', (issue) => `must be “TextualBody”, not ${describeValue(issue.input)}`),
        value: v.unknown(),
      },
      (issue) => `must be one TextualBody object, not ${describeValue(issue.input)}`,
    ),
    target: jsonObject(
      { source: v.unknown(), selector: v.optional(v.unknown()), 'dl:pageTitle': v.optional(v.unknown()) },
      objectMessage,
    ),
    created: v.unknown(),
    modified: v.optional(v.unknown()),
    'dl:entity': jsonObject(
      { 'dl:id': v.unknown(), 'dl:type': v.unknown(), 'dl:name': v.unknown() },
      (issue) =>
        `must be an object with dl:id, dl:type and dl:name, not ${describeValue(issue.input)}; only annotations exported by District Lens can be imported`,
    ),
  },
  objectMessage,
);

/**
 * Reads a parsed W3C Web Annotation document — an `AnnotationCollection` with its annotations
 * embedded on its first page (as District Lens exports them), an `AnnotationPage`, one
 * `Annotation`, or a JSON list of annotations — into notes. Each annotation must carry the
 * District Lens `dl:entity`; `target.dl:pageTitle` and `modified` may be missing (empty title,
 * never edited), times may use any time zone and are converted to UTC, and a selector's
 * `prefix`/`suffix` are not kept because notes store only the quote. Answers the notes or the
 * first problem as a sentence.
 */
export function readWebAnnotations(document: unknown, maxNotes: number): NotesReadResult {
  const items = annotationList(document);
  if (!items.ok) return items;
  if (items.list.length > maxNotes) return { ok: false, error: tooManyNotes(items.list.length, maxNotes) };
  const candidates: unknown[] = [];
  for (const [index, item] of items.list.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { ok: false, error: `Annotation ${index + 1} must be an object, not ${describeValue(item)}.` };
    }
    const candidate = annotationToCandidate(item as Record<string, unknown>);
    if (!candidate.ok) return { ok: false, error: `Annotation ${index + 1}${idSuffix(item)}: ${candidate.error}.` };
    candidates.push(candidate.value);
  }
  return validateNoteList(candidates, { item: 'Annotation', items: 'Annotations', labels: NOTE_LABELS });
}

type ListResult = { ok: true; list: readonly unknown[] } | { ok: false; error: string };

/** Finds the annotations in the document, whichever of the accepted shapes it has. */
function annotationList(document: unknown): ListResult {
  if (Array.isArray(document)) return { ok: true, list: document };
  if (typeof document !== 'object' || document === null) {
    return { ok: false, error: 'This file is not a District Lens export or a set of Web Annotations.' };
  }
  const container = document as Record<string, unknown>;
  if (!hasAnnotationContext(container['@context'])) {
    return {
      ok: false,
      error: `This JSON file is not a District Lens notes export (it has no format field) and not W3C Web Annotations (its @context does not name ${ANNOTATION_CONTEXT}).`,
    };
  }
  const { type } = container;
  if (hasType(type, 'AnnotationCollection')) {
    const { first, total } = container;
    if (typeof first !== 'object' || first === null || Array.isArray(first)) {
      return {
        ok: false,
        error:
          'This annotation collection does not contain its annotations (its first page is missing or only a link), so there is nothing to import.',
      };
    }
    const page = first as Record<string, unknown>;
    if (page['next'] !== undefined && page['next'] !== null) {
      return {
        ok: false,
        error:
          'This annotation collection continues on further pages that are not in the file; import a file that holds all its annotations.',
      };
    }
    const list = pageItems(page);
    if (!list.ok) return list;
    // A collection that says how many annotations it has lets a cut-down file be caught.
    if (typeof total === 'number' && total !== list.list.length) {
      return {
        ok: false,
        error: `This annotation collection says it holds ${total} annotations but the file contains ${list.list.length}; it may be incomplete.`,
      };
    }
    return list;
  }
  if (hasType(type, 'AnnotationPage')) return pageItems(container);
  if (hasType(type, 'Annotation')) return { ok: true, list: [container] };
  return {
    ok: false,
    error: `This Web Annotation file holds ${describeValue(type)} as its type; District Lens imports an AnnotationCollection, an AnnotationPage or an Annotation.`,
  };
}

function pageItems(page: Readonly<Record<string, unknown>>): ListResult {
  const { items } = page;
  if (!Array.isArray(items)) {
    return {
      ok: false,
      error: `The annotation page’s list of annotations (items) must be a list, not ${describeValue(items)}.`,
    };
  }
  return { ok: true, list: items };
}

type CandidateResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** Maps one annotation onto the note fields, leaving their values for the note rules to check. */
function annotationToCandidate(item: Readonly<Record<string, unknown>>): CandidateResult {
  // A target may be just the page's address; the object form is checked below.
  const { target } = item;
  const normalized = typeof target === 'string' ? { ...item, target: { source: target } } : item;
  const parsed = v.safeParse(annotationSchema, normalized, { abortEarly: true });
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.issues[0], STRUCTURE_LABELS) };
  const annotation = parsed.output;
  const id = noteIdFromIri(annotation.id);
  if (id === undefined)
    return { ok: false, error: `the id (id) “${shorten(annotation.id)}” has a broken percent-encoding` };
  const entity = annotation['dl:entity'];
  const created = instant(annotation.created);
  return {
    ok: true,
    value: {
      id,
      entityId: entity['dl:id'],
      entityType: entity['dl:type'],
      entityName: entity['dl:name'],
      body: annotation.body.value,
      url: annotation.target.source,
      // Other tools write no page title; a null one is still reported as an error.
      pageTitle: annotation.target['dl:pageTitle'] === undefined ? '' : annotation.target['dl:pageTitle'],
      quote: quoteOf(annotation.target.selector),
      createdAt: created,
      // An annotation never modified may leave `modified` out.
      updatedAt: annotation.modified === undefined ? created : instant(annotation.modified),
    },
  };
}

/** A time in the notes' UTC spelling when it is a valid date-time; otherwise the value as it was, for the note rules to reject with a message. */
function instant(value: unknown): unknown {
  return typeof value === 'string' ? (toIsoInstant(value) ?? value) : value;
}

/** The `exact` text of the first `TextQuoteSelector` (one selector or a list); empty when there is none. */
function quoteOf(selector: unknown): unknown {
  const selectors = Array.isArray(selector) ? selector : [selector];
  const quote = selectors.find(
    (candidate): candidate is { exact?: unknown } =>
      typeof candidate === 'object' &&
      candidate !== null &&
      hasType((candidate as { type?: unknown }).type, 'TextQuoteSelector'),
  );
  return quote ? quote.exact : '';
}

/** True when a JSON-LD `type` is the given class or a list that includes it. */
function hasType(type: unknown, name: string): boolean {
  return type === name || (Array.isArray(type) && type.includes(name));
}

/** True when a JSON-LD `@context` is, or lists, the Web Annotation context (http or https). */
function hasAnnotationContext(context: unknown): boolean {
  const names = Array.isArray(context) ? context : [context];
  return names.some((name) => name === ANNOTATION_CONTEXT || name === ANNOTATION_CONTEXT.replace('http:', 'https:'));
}

/** ` (id “…”)` for an annotation that has a text id, for the start of a message. */
function idSuffix(item: unknown): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id.length === 0) return '';
  return ` (id “${shorten(noteIdFromIri(id) ?? id)}”)`;
}
