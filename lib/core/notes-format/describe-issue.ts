import type * as v from 'valibot';
import { shorten } from './describe-value';

/**
 * Turns the first problem valibot found into a clause whose subject is the field, e.g.
 * `the note text (body) must not be empty` or `the creation time (created) is missing`.
 *
 * `labels` names fields for a reader, keyed by their dotted path in the file (`body`,
 * `target.source`); a field without a label is named by its path. The caller puts the clause
 * into a sentence that says which note, or which part of the file, it is about.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, labels: Readonly<Record<string, string>>): string {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  if (keys.length === 0) return issue.message;
  const path = keys.join('.');
  const label = labels[path] ?? `the field “${shorten(path)}”`;
  const objectIssue = issue.type === 'strict_object' || issue.type === 'object' || issue.type === 'loose_object';
  // valibot reports an unknown key (strict objects only) as "expected never" and a missing key
  // as "expected the key, received undefined", both on the object that holds the key.
  if (objectIssue && issue.expected === 'never') {
    return `the field “${shorten(path)}” is not one District Lens knows`;
  }
  if (objectIssue && issue.received === 'undefined') return `${label} is missing`;
  return `${label} ${issue.message}`;
}
