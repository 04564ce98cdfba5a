import type * as v from 'valibot';
import { shorten } from './describe-value';

/**
 * Turns the first problem valibot found into a clause whose subject is the field, e.g.
 * `the note text (body) must not be empty` or `the creation time (created) is missing`.
 *
 * `labels` names fields for a reader, keyed by their dotted path in the file (`body`,
 * `target.source`); an item of a labelled list is named from the list's label (`item 2 of the
 * tag list (tags)`), and any other field without a label by its path. The caller puts the clause
 * into a sentence that says which note, or which part of the file, it is about.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, labels: Readonly<Record<string, string>>): string {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  if (keys.length === 0) return issue.message;
  const path = keys.join('.');
  const label = labelOf(labels, path) ?? itemLabel(keys, labels) ?? `the field “${shorten(path)}”`;
  const objectIssue = issue.type === 'strict_object' || issue.type === 'object' || issue.type === 'loose_object';
  // valibot reports an unknown key (strict objects only) as "expected never" and a missing key
  // as "expected the key, received undefined", both on the object that holds the key.
  if (objectIssue && issue.expected === 'never') {
    return `the field “${shorten(path)}” is not one District Lens knows`;
  }
  if (objectIssue && issue.received === 'undefined') return `${label} is missing`;
  return `${label} ${issue.message}`;
}

/** `item 3 of the tag list (tags)` for the path `tags.2` when the list has a label; otherwise undefined. */
function itemLabel(keys: readonly string[], labels: Readonly<Record<string, string>>): string | undefined {
  const last = keys.at(-1)!;
  if (!/^\d+$/.test(last)) return undefined;
  const list = labelOf(labels, keys.slice(0, -1).join('.'));
  return list === undefined ? undefined : `item ${Number(last) + 1} of ${list}`;
}

/** The label of a path; own keys only, so a path such as `toString` never finds `Object.prototype`'s. */
function labelOf(labels: Readonly<Record<string, string>>, path: string): string | undefined {
  return Object.hasOwn(labels, path) ? labels[path] : undefined;
}
