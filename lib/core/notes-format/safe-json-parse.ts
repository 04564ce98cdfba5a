/**
 * Keys dropped from every object a file contains. `JSON.parse` itself only creates own
 * properties, but an object carrying an own `__proto__` key becomes a prototype-pollution gadget
 * the moment any later code merges or spreads it; dropping these keys at the door means nothing
 * downstream has to remember. No District Lens format uses them.
 */
const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The outcome of {@link parseJsonSafely}. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Parses JSON text without ever throwing: any `__proto__`, `constructor` and `prototype` keys are
 * removed at every depth, and a failure comes back as a sentence that tells a reader whether the
 * file is empty, cut off, nested absurdly deep or not JSON at all.
 */
export function parseJsonSafely(text: string): JsonParseResult {
  if (text.trim().length === 0) return { ok: false, error: 'The file is empty.' };
  try {
    return { ok: true, value: JSON.parse(text, dropDangerousKeys) };
  } catch (error) {
    // A reviver recurses once per level, so thousands of nested brackets overflow the stack
    // (RangeError in Chromium, InternalError in Firefox); a syntax error is a SyntaxError.
    if (!(error instanceof SyntaxError)) {
      return { ok: false, error: 'The file is nested too deeply to be a District Lens export.' };
    }
    if (endsInsideValue(text)) {
      return {
        ok: false,
        error:
          'The file ends in the middle of its data: it was cut off (truncated), perhaps by an unfinished download or copy. Import a complete copy of the file.',
      };
    }
    return {
      ok: false,
      error: `The file is not valid JSON, so it is not a District Lens export. ${notJsonHint(text)}`,
    };
  }
}

function dropDangerousKeys(key: string, value: unknown): unknown {
  // Returning undefined from a reviver deletes the property from its parent object.
  return DANGEROUS_KEYS.has(key) ? undefined : value;
}

/**
 * True when the text stops inside a string or with brackets still open — how a truncated file
 * looks — as opposed to JSON that is wrong in the middle. Engine error messages differ between
 * browsers, so this scans the text itself instead of reading them.
 */
export function endsInsideValue(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let sawBracket = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (char === 0x5c /* \ */) escaped = true;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      depth++;
      sawBracket = true;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth--;
      // More closing than opening brackets: broken, not cut short.
      if (depth < 0) return false;
    }
  }
  return sawBracket && (inString || depth > 0);
}

/** Suggests what the reader may have picked instead of a JSON export. */
function notJsonHint(text: string): string {
  const start = text.trimStart().slice(0, 200);
  if (start.startsWith('#')) {
    return 'It looks like a Markdown export, which cannot be imported: choose the .json or .jsonld file.';
  }
  if (!/^[[{]/.test(start) && /^[^\n]*,[^\n]*\n/.test(start)) {
    return 'It looks like a CSV export, which cannot be imported: choose the .json or .jsonld file.';
  }
  return 'Choose a .json or .jsonld file exported from the District Lens notes page.';
}
