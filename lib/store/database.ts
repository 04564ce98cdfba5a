import Dexie, { type EntityTable } from 'dexie';
import type { Note } from '../core/note';

/** Name of the IndexedDB database in the extension's origin. */
export const DATABASE_NAME = 'district-lens';

/**
 * The extension's database. Open it only in extension contexts (background, extension pages):
 * IndexedDB opened in a content script belongs to the web page's origin.
 */
export class DistrictLensDatabase extends Dexie {
  notes!: EntityTable<Note, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1: notes keyed by id, indexed for the lookups the card and the library make.
    this.version(1).stores({ notes: 'id, entityId, url, createdAt' });
  }
}
