import { browser } from 'wxt/browser';
import { ADD_ENTITY_MENU, addEntityCommandForMenu } from './page-commands';

/** The menu's items: the types a reader can add and the message naming each. */
const READER_TYPE_MENU_ITEMS = [
  ['city', 'readerTypeCity'],
  ['platform', 'readerTypePlatform'],
  ['official', 'readerTypeOfficial'],
  ['person', 'readerTypePerson'],
] as const;

/**
 * Puts "Add to District Lens as… › City or district / Platform / Official / Person" in the
 * context menu of selected text, and on a click tells the frame where the text was selected to
 * open its add dialog. Menus outlive a Chrome service worker but not a Firefox background page,
 * so the background calls this at every start; the old items are removed first.
 */
export function showAddEntityMenu(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: ADD_ENTITY_MENU,
      title: browser.i18n.getMessage('addToLensAs'),
      contexts: ['selection'],
    });
    for (const [type, key] of READER_TYPE_MENU_ITEMS) {
      browser.contextMenus.create({
        id: `${ADD_ENTITY_MENU}:${type}`,
        parentId: ADD_ENTITY_MENU,
        title: browser.i18n.getMessage(key),
        contexts: ['selection'],
      });
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const command = addEntityCommandForMenu(info.menuItemId, info.selectionText);
    if (!command || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, command, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
}
