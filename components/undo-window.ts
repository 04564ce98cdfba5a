/** How long "Deleted · Undo" stays, in milliseconds, in the card and in the library. */
export const UNDO_MS = 8000;
