/** Messages the background and the popup send to a tab's content script. */
export type PageCommand =
  | { type: 'page:counts' }
  | { type: 'page:toggle-highlights' }
  | { type: 'page:toggle-entity-panel' }
  | { type: 'page:open-entity-panel' }
  | { type: 'page:entities' }
  | { type: 'page:go-to'; entityId: string }
  /** What annotating this page cost (see PagePerformance); `npm run bench` asks for it. */
  | { type: 'page:performance' };

/** Sent by a content script when its entities change, so the browser's side panel can refresh. */
export const ENTITIES_CHANGED = 'panel:entities-changed';

/** Keyboard command names (manifest `commands`) and the page command each sends. */
export const KEYBOARD_COMMANDS: Readonly<Record<string, PageCommand>> = {
  'toggle-highlights': { type: 'page:toggle-highlights' },
  'toggle-entity-panel': { type: 'page:toggle-entity-panel' },
};

/** True when `message` is a page command (content scripts ignore everything else). */
export function isPageCommand(message: unknown): message is PageCommand {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('page:');
}
