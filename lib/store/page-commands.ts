import type { ArticleEvent, IsoDate } from '../core/brief';
import type { EntityType } from '../core/entity';
import { READER_ENTITY_TYPES } from '../core/reader-layer';

/** Messages the background and the popup send to a tab's content script. */
export type PageCommand =
  | { type: 'page:counts' }
  | { type: 'page:toggle-highlights' }
  | { type: 'page:toggle-entity-panel' }
  | { type: 'page:open-entity-panel' }
  | { type: 'page:entities' }
  | { type: 'page:go-to'; entityId: string }
  /** The article brief (see PageBriefReply); the browser's side panel shows it. */
  | { type: 'page:brief' }
  /** Scrolls to the sentence of the brief's event number `index` and flashes it. */
  | { type: 'page:go-to-event'; index: number }
  /** What annotating this page cost (see PagePerformance); `npm run bench` asks for it. */
  | { type: 'page:performance' }
  /** "Add to District Lens as…": the selected text (default: the page's selection) and the type chosen in the menu. */
  | { type: 'page:add-entity'; entityType?: EntityType; text?: string };

/** What a tab answers to `page:brief`: the article's date, where it is, and its events. */
export interface PageBriefReply {
  date?: IsoDate;
  title: string;
  url: string;
  site: string;
  events: ArticleEvent[];
}

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

/** The context menu's id for "Add to District Lens as…" and the prefix of its per-type items. */
export const ADD_ENTITY_MENU = 'district-lens-add';

/**
 * The page command a click on an "Add to District Lens as…" menu item sends: the item's id is
 * `district-lens-add:<type>`. Undefined for other menu items or an unknown type.
 */
export function addEntityCommandForMenu(menuItemId: string | number, selectionText?: string): PageCommand | undefined {
  const [menu, type] = String(menuItemId).split(':');
  if (menu !== ADD_ENTITY_MENU || !type || !(READER_ENTITY_TYPES as readonly string[]).includes(type)) return undefined;
  return { type: 'page:add-entity', entityType: type as EntityType, text: selectionText ?? '' };
}
