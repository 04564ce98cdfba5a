import * as v from 'valibot';
import { describeIssue } from '../validation';
import { describeValue, shorten } from '../validation';
import type { NotesReadResult } from './import-result';
import { tooManyNotes } from './import-limits';
import { CURRENT_NOTE_LAYOUT, validateNoteList } from './validate-notes';
import { ANNOTATION_CONTEXT, noteIdFromIri } from './web-annotation-terms';
import { toIsoInstant } from '../validation';

/** Labels for the annotation's own structure, keyed by path (see `describe-issue.ts`). */
const STRUCTURE_LABELS: Readonly<Record<string, string>> = {
  id: 'the id (id)',
  type: 'the type (type)',
  body: 'the note text (body)',
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
  tags: 'the tag list (the bodies with purpose “tagging”)',
  url: 'the page address (target.source)',
  pageTitle: 'the page title (target.dl:pageTitle)',
  quote: 'the quote (target.selector.exact)',
  anchor: 'the quote’s place on the page (target.selector)',
  'anchor.exact': 'the anchored quote (target.selector.exact)',
  'anchor.prefix': 'the text before the quote (target.selector.prefix)',
  'anchor.suffix': 'the text after the quote (target.selector.suffix)',
  'anchor.sentence': 'the quote’s sentence (target.selector.dl:sentence)',
  'anchor.position': 'the quote’s position (the TextPositionSelector in target.selector)',
  'anchor.position.start': 'the start of the quote’s position (TextPositionSelector start)',
  'anchor.position.end': 'the end of the quote’s position (TextPositionSelector end)',
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
    // One body or a list of them: read by `readBodies`, with messages that say which one.
    body: v.unknown(),
    target: jsonObject(
      {
        source: v.unknown(),
        selector: v.optional(v.unknown()),
        'dl:quote': v.optional(v.unknown()),
        'dl:pageTitle': v.optional(v.unknown()),
      },
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
 * never edited), and times may use any time zone and are converted to UTC. Answers the notes or
 * the first problem as a sentence.
 *
 * Bodies: one `TextualBody`, or a list of them in which exactly one is the note text and the
 * others are tags (`"purpose": "tagging"`, read in list order, and checked like the JSON
 * export's tags: tidy, no repeats). No tagging bodies: no tags.
 *
 * Anchor: read only from a `TextQuoteSelector` that carries `dl:sentence`, which only District
 * Lens writes — its `exact`, `prefix` and `suffix` (a missing one is empty), the sentence, and the
 * `start`/`end` of the first `TextPositionSelector`, which must then be there. Without
 * `dl:sentence` the note has no anchor and follows its entity, like a note from a JSON layout 1
 * file: that covers the previous District Lens export (a quote selector alone) and other tools'
 * annotations, whose prefix, suffix and code-point positions were measured on a text District
 * Lens does not know and would be poor hints. The note's quote is `target.dl:quote` when
 * present, else the first quote selector's `exact`, else empty.
 *
 * Notes only: a Web Annotation file carries no reader layer (own entities and corrections), so
 * `parseNotesImport` answers an empty one for it.
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
  return validateNoteList(
    candidates,
    { item: 'Annotation', items: 'Annotations', labels: NOTE_LABELS },
    CURRENT_NOTE_LAYOUT,
  );
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
  const bodies = readBodies(annotation.body);
  if (!bodies.ok) return bodies;
  const page = annotation.target;
  const ownQuote = page['dl:quote'];
  if (ownQuote !== undefined && typeof ownQuote !== 'string') {
    return { ok: false, error: `the quote (target.dl:quote) must be text, not ${describeValue(ownQuote)}` };
  }
  const selectors = selectorList(page.selector);
  const quoteSelector = selectors.find((selector) => hasType(selector['type'], 'TextQuoteSelector'));
  const entity = annotation['dl:entity'];
  const created = instant(annotation.created);
  return {
    ok: true,
    value: {
      id,
      entityId: entity['dl:id'],
      entityType: entity['dl:type'],
      entityName: entity['dl:name'],
      body: bodies.text,
      tags: bodies.tags,
      url: page.source,
      // Other tools write no page title; a null one is still reported as an error.
      pageTitle: page['dl:pageTitle'] === undefined ? '' : page['dl:pageTitle'],
      quote: ownQuote ?? (quoteSelector ? quoteSelector['exact'] : ''),
      anchor: anchorOf(quoteSelector, selectors),
      createdAt: created,
      // An annotation never modified may leave `modified` out.
      updatedAt: annotation.modified === undefined ? created : instant(annotation.modified),
    },
  };
}

type BodiesResult = { ok: true; text: unknown; tags: unknown[] } | { ok: false; error: string };

/**
 * The note text and the tags in an annotation's body: one `TextualBody`, or a list in which
 * exactly one body is not a tag. Values are left for the note rules to check.
 */
function readBodies(body: unknown): BodiesResult {
  const isList = Array.isArray(body);
  const items: readonly unknown[] = isList ? body : [body];
  let text: { index: number; value: unknown } | undefined;
  const tags: unknown[] = [];
  for (const [index, item] of items.entries()) {
    const path = isList ? `body.${index}` : 'body';
    const name = isList ? `body ${index + 1} (${path})` : 'the note text (body)';
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { ok: false, error: `${name} must be a TextualBody object, not ${describeValue(item)}` };
    }
    const fields = item as Record<string, unknown>;
    if (!hasType(fields['type'], 'TextualBody')) {
      const of = isList ? `body ${index + 1}` : 'the note text';
      return {
        ok: false,
        error: `the type of ${of} (${path}.type) must be “TextualBody”, not ${describeValue(fields['type'])}`,
      };
    }
    if (hasType(fields['purpose'], 'tagging')) {
      tags.push(fields['value']);
    } else if (text) {
      return {
        ok: false,
        error: `bodies ${text.index + 1} and ${index + 1} are both note texts (neither has the purpose “tagging”); District Lens keeps one text per note`,
      };
    } else {
      text = { index, value: fields['value'] };
    }
  }
  if (!text) {
    return {
      ok: false,
      error:
        items.length === 0
          ? 'the note text (body) is missing: the list of bodies is empty'
          : 'the note text (body) is missing: every body is a tag',
    };
  }
  return { ok: true, text: text.value, tags };
}

/** The selector objects of a target (one selector or a list); anything else is ignored. */
function selectorList(selector: unknown): Record<string, unknown>[] {
  const items: readonly unknown[] = Array.isArray(selector) ? selector : [selector];
  return items.filter(
    (item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item),
  );
}

/**
 * The candidate anchor (see {@link readWebAnnotations}): `null` unless the quote selector carries
 * `dl:sentence`. A field missing from the file stays missing here, so the note rules report it
 * as missing rather than as "nothing".
 */
function anchorOf(
  quoteSelector: Readonly<Record<string, unknown>> | undefined,
  selectors: readonly Readonly<Record<string, unknown>>[],
): unknown {
  if (!quoteSelector || !Object.hasOwn(quoteSelector, 'dl:sentence')) return null;
  const anchor: Record<string, unknown> = {};
  if (Object.hasOwn(quoteSelector, 'exact')) anchor['exact'] = quoteSelector['exact'];
  // A quote at the very start or end of the text has no prefix or suffix to write.
  anchor['prefix'] = quoteSelector['prefix'] === undefined ? '' : quoteSelector['prefix'];
  anchor['suffix'] = quoteSelector['suffix'] === undefined ? '' : quoteSelector['suffix'];
  anchor['sentence'] = quoteSelector['dl:sentence'];
  const positionSelector = selectors.find((selector) => hasType(selector['type'], 'TextPositionSelector'));
  if (positionSelector) {
    const position: Record<string, unknown> = {};
    if (Object.hasOwn(positionSelector, 'start')) position['start'] = positionSelector['start'];
    if (Object.hasOwn(positionSelector, 'end')) position['end'] = positionSelector['end'];
    anchor['position'] = position;
  }
  return anchor;
}

/** A time in the notes' UTC spelling when it is a valid date-time; otherwise the value as it was, for the note rules to reject with a message. */
function instant(value: unknown): unknown {
  return typeof value === 'string' ? (toIsoInstant(value) ?? value) : value;
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
