import { useEffect, useState } from 'preact/hooks';

/** How long "Deleted · Undo" stays, in milliseconds, in the card and in the library. */
export const UNDO_MS = 8000;

/**
 * State for "Deleted · Undo": the deleted item, forgotten by itself {@link UNDO_MS} after it was
 * set (or replaced). The card and the library share it so the window is the same everywhere.
 */
export function useUndoWindow<T>(): [T | undefined, (item: T | undefined) => void] {
  const [item, setItem] = useState<T | undefined>();
  useEffect(() => {
    if (item === undefined) return undefined;
    const timer = setTimeout(() => setItem(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [item]);
  return [item, setItem];
}
