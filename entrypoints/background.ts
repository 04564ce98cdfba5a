import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { DistrictLensDatabase } from '../lib/store/database';
import { NoteOpener } from '../lib/store/note-opener';
import { NotesService } from '../lib/store/notes-service';
import { KEYBOARD_COMMANDS } from '../lib/store/page-commands';
import { listenForStoreMessages } from '../lib/store/store-listener';

// The only context that opens the database: it belongs to the extension's origin here.
export default defineBackground(() => {
  listenForStoreMessages(new NotesService(new DistrictLensDatabase()), new NoteOpener(browser.tabs));

  // Keyboard commands act on the active tab's page.
  browser.commands.onCommand.addListener(async (command) => {
    const message = KEYBOARD_COMMANDS[command];
    if (!message) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
