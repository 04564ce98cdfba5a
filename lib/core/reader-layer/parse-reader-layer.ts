import * as v from 'valibot';
import { canonicalCorrection, canonicalReaderEntity } from './reader-layer-fields';
import { describeIssue } from '../validation';
import { shorten } from '../validation';
import type { ReaderLayer } from './reader-layer';
import { MAX_READER_CORRECTIONS, MAX_READER_ENTITIES } from './reader-layer-limits';
import { CORRECTION_LABELS, READER_ENTITY_LABELS, READER_LAYER_LABELS, readerLayerSchema } from './reader-layer-schema';

/** The outcome of {@link parseReaderLayer}. */
export type ReaderLayerParseResult = { ok: true; layer: ReaderLayer } | { ok: false; error: string };

/** Keys dropped from every object, as `parseJsonSafely` drops them: no format of ours uses them. */
const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Nothing valid in a layer is nested deeper than this (layer → list → entry → aliases → text). */
const MAX_DEPTH = 6;

/**
 * A copy of plain JSON data without `__proto__`, `constructor` and `prototype` keys. Objects
 * deeper than any valid layer's are left as they are: the schema refuses them anyway, and
 * copying them could overflow the stack on hostile nesting.
 */
function withoutDangerousKeys(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => withoutDangerousKeys(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!DANGEROUS_KEYS.has(key)) copy[key] = withoutDangerousKeys((value as Record<string, unknown>)[key], depth + 1);
  }
  return copy;
}

/** The length of `value[key]` when it is a list (checked before copying, so a huge one is not walked). */
function listLength(value: unknown, key: string): number {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return 0;
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.length : 0;
}

/** `Entity 3 (id “reader:…”)`, or `Entity 3` when the item has no usable id. */
function itemName(noun: string, index: number, item: unknown): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0
    ? `${noun} ${index + 1} (id “${shorten(id)}”)`
    : `${noun} ${index + 1}`;
}

/** The first problem as a sentence naming the item (by position and id) and the field. */
function describeProblem(issue: v.BaseIssue<unknown>, input: unknown): string {
  const path = issue.path ?? [];
  const [list, index] = path;
  if (path.length === 0) return `The reader layer ${issue.message}.`;
  const inList = path.length >= 2 && (list?.key === 'entities' || list?.key === 'corrections');
  if (!inList) return `The reader layer cannot be read: ${describeIssue(issue, READER_LAYER_LABELS)}.`;
  const isEntity = list!.key === 'entities';
  const position = Number(index!.key);
  const item = (input as Record<string, unknown[]>)[String(list!.key)]![position];
  const name = itemName(isEntity ? 'Entity' : 'Correction', position, item);
  if (path.length === 2) return `${name} ${issue.message}.`;
  const clause = describeIssue(
    { ...issue, path: path.slice(2) as typeof issue.path },
    isEntity ? READER_ENTITY_LABELS : CORRECTION_LABELS,
  );
  return `${name}: ${clause}.`;
}

/**
 * Reads a reader layer from an import (already JSON-parsed) or from storage, never throwing.
 * Returns fresh objects with their fields in a fixed order, so a valid layer round-trips
 * (`parseReaderLayer(layer)` deep-equals `layer`), or the first problem as a sentence that names
 * the item by position and id and the field, e.g.
 * `Entity 2 (id “reader:a1”): the name (name) must not be empty.`
 * `__proto__`, `constructor` and `prototype` keys are dropped at every depth first; the size caps
 * (`reader-layer-limits.ts`) are checked before anything is walked. See {@link readerLayerSchema}.
 */
export function parseReaderLayer(value: unknown): ReaderLayerParseResult {
  try {
    return parse(value);
  } catch {
    // Problems come back as issues; this only guards against a getter or proxy that throws.
    return { ok: false, error: 'The reader layer cannot be read: it is not plain data.' };
  }
}

function parse(value: unknown): ReaderLayerParseResult {
  const entities = listLength(value, 'entities');
  if (entities > MAX_READER_ENTITIES) {
    return {
      ok: false,
      error: `The reader layer holds ${entities.toLocaleString('en')} entities; District Lens keeps at most ${MAX_READER_ENTITIES.toLocaleString('en')}.`,
    };
  }
  const corrections = listLength(value, 'corrections');
  if (corrections > MAX_READER_CORRECTIONS) {
    return {
      ok: false,
      error: `The reader layer holds ${corrections.toLocaleString('en')} corrections; District Lens keeps at most ${MAX_READER_CORRECTIONS.toLocaleString('en')}.`,
    };
  }
  const input = withoutDangerousKeys(value);
  const result = v.safeParse(readerLayerSchema, input, { abortEarly: true });
  if (!result.success) return { ok: false, error: describeProblem(result.issues[0], input) };
  return {
    ok: true,
    layer: {
      entities: result.output.entities.map(canonicalReaderEntity),
      corrections: result.output.corrections.map(canonicalCorrection),
    },
  };
}
