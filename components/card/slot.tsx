import type { ComponentChild } from 'preact';

/** Stands for an element inside a translated sentence: pass it as the substitution. */
export const SLOT = '\u2063';

/**
 * Renders a translated sentence made with {@link SLOT} as one substitution, putting `node` where
 * the slot is (`One of the 41 [Yangtze River Delta] cities`). Appends it when a translation
 * dropped the slot.
 */
export function WithSlot({ text, node }: { text: string; node: ComponentChild }) {
  const at = text.indexOf(SLOT);
  if (at === -1) {
    return (
      <>
        {text} {node}
      </>
    );
  }
  return (
    <>
      {text.slice(0, at)}
      {node}
      {text.slice(at + SLOT.length)}
    </>
  );
}
