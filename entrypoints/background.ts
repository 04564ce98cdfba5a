import { defineBackground } from 'wxt/utils/define-background';
import { DistrictLensDatabase } from '../lib/store/database';
import { NotesService } from '../lib/store/notes-service';
import { listenForStoreMessages } from '../lib/store/store-listener';

// The only context that opens the database: it belongs to the extension's origin here.
export default defineBackground(() => {
  listenForStoreMessages(new NotesService(new DistrictLensDatabase()));
});
