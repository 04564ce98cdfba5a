import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseKnowledgeBase } from '../lib/core/kb-format';
import { DistrictLensDatabase } from '../lib/store/database';
import { KnowledgeService } from '../lib/store/knowledge-service';
import { NoteOpener } from '../lib/store/note-opener';
import { NotesService } from '../lib/store/notes-service';
import { KEYBOARD_COMMANDS } from '../lib/store/page-commands';
import { listenForStoreMessages } from '../lib/store/store-listener';

// The only context that opens the database: it belongs to the extension's origin here.
export default defineBackground(() => {
  // The knowledge base is loaded here once, not by every page: pages send their text to detect.
  const knowledge = new KnowledgeService(async () => {
    const response = await fetch(browser.runtime.getURL('/kb/knowledge-base.json'));
    if (!response.ok) throw new Error(`District Lens could not load its knowledge base (${response.status}).`);
    return parseKnowledgeBase(await response.json());
  });
  knowledge.warmUp();
  listenForStoreMessages(new NotesService(new DistrictLensDatabase()), new NoteOpener(browser.tabs), knowledge);

  // Keyboard commands act on the active tab's page.
  browser.commands.onCommand.addListener(async (command) => {
    const message = KEYBOARD_COMMANDS[command];
    if (!message) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
});
