import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { decodeDetectorTables } from '../lib/core/detection';
import { parseKnowledgeBase } from '../lib/core/knowledge';
import { parseMapData } from '../lib/core/map';
import { DistrictLensDatabase } from '../lib/store/database';
import { KnowledgeService } from '../lib/store/knowledge-service';
import { MapService } from '../lib/store/map-service';
import { NoteOpener } from '../lib/store/note-opener';
import { NotesService } from '../lib/store/notes-service';
import { listenForPageUiLoads } from '../lib/store/page-ui-loader';
import { fetchPackagedFile, readPackagedGzip } from '../lib/store/packaged-file';
import { timedLoad } from '../lib/store/background-timings';
import { showAddEntityMenu } from '../lib/store/add-entity-menu';
import { KEYBOARD_COMMANDS } from '../lib/store/page-commands';
import { ReaderLayerService } from '../lib/store/reader-layer-service';
import { readerLayerVersionBumper } from '../lib/store/reader-layer-version';
import { listenForStoreMessages } from '../lib/store/store-listener';
import { pushPageSettings, type PushApi } from '../lib/store/pushed-page-settings';

// The only context that opens the database: it belongs to the extension's origin here.
export default defineBackground(() => {
  const db = new DistrictLensDatabase();
  // The reader's layer lives next to the notes; every change bumps a storage key pages watch.
  const layer = new ReaderLayerService(db);
  // The knowledge base is loaded here once, not by every page: pages send their text to detect.
  // The detector is made over its prebuilt tables (a gzipped binary: read, inflate, decode lazily); the
  // whole knowledge base (JSON) is read only when a card, a search or the map first needs it.
  // The reader's layer sits on top of it and is read again (cheaply) after each change.
  const knowledge = new KnowledgeService(
    (timing) =>
      timedLoad(
        timing,
        async () => (await fetchPackagedFile('/kb/knowledge-base.json', 'knowledge base')).text(),
        parseKnowledgeBase,
      ),
    () => layer.getLayer(),
    undefined,
    (timing) =>
      timedLoad(timing, () => readPackagedGzip('/kb/knowledge-base.bin.gz', 'knowledge base'), decodeDetectorTables),
  );
  layer.onLayerChanged(() => knowledge.readerLayerChanged());
  layer.onLayerChanged(readerLayerVersionBumper(browser.storage.local));
  void knowledge.warmUp();
  // The map data is read on the first map asked for, here only: pages and panels get pictures.
  const map = new MapService(
    async () => parseMapData(await (await fetchPackagedFile('/map/china-map.json', 'map')).text()),
    () => knowledge.knowledgeBase(),
  );
  listenForStoreMessages(new NotesService(db), new NoteOpener(browser.tabs), knowledge, layer, map);
  // Firefox: the reader's page settings go with a document_start script, so pages need not read
  // them from storage.local before their first highlight (see pushPageSettings).
  if (import.meta.env.FIREFOX)
    pushPageSettings((globalThis as unknown as { browser: PushApi }).browser, ['http://*/*', 'https://*/*']);
  // A page's card and panel code is injected when its main script asks (after its first highlights).
  listenForPageUiLoads();

  // Keyboard commands act on the active tab's page.
  browser.commands.onCommand.addListener(async (command) => {
    const message = KEYBOARD_COMMANDS[command];
    if (!message) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });

  // "Add to District Lens as…" on selected text: the page's content script opens the dialog.
  showAddEntityMenu();
});
