/**
 * Names the kind of a JSON value for an error message, e.g. `a number`, `a list`, `null`, so a
 * reader learns what the file holds instead of a type name from JavaScript.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length === 0 ? 'an empty text' : `the text “${shorten(value)}”`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the value ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * Cuts a string from a file to at most `max` code points (with an ellipsis) and folds runs of
 * whitespace, so a hostile or huge value cannot flood or reshape an error message.
 */
export function shorten(text: string, max = 40): string {
  // Look at a bounded prefix only: the value may be megabytes long.
  const codePoints = Array.from(text.slice(0, max * 4).replace(/\s+/g, ' '));
  return codePoints.length > max || text.length > max * 4
    ? `${codePoints.slice(0, max - 1).join('')}…`
    : codePoints.join('');
}
