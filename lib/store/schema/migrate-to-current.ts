import { migrateV1ToV2, type DatabaseV1, type DatabaseV2 } from './migrate-v1-to-v2';
import { migrateV2ToV3, type DatabaseV3 } from './migrate-v2-to-v3';
import { migrateV3ToV4, type DatabaseV4 } from './migrate-v3-to-v4';
import { migrateV4ToV5, type DatabaseV5 } from './migrate-v4-to-v5';

/** The tables of the current schema (version 5). */
export type CurrentDatabase = DatabaseV5;

/**
 * The tables of a database at `version`, upgraded step by step to the current schema with the
 * same pure migrations the Dexie upgrades call. Throws for a version this build does not know
 * (a database from a newer District Lens).
 */
export function migrateToCurrent(version: number, tables: Record<string, unknown[]>): CurrentDatabase {
  switch (version) {
    case 1:
      return migrateV4ToV5(migrateV3ToV4(migrateV2ToV3(migrateV1ToV2(tables as unknown as DatabaseV1))));
    case 2:
      return migrateV4ToV5(migrateV3ToV4(migrateV2ToV3(tables as unknown as DatabaseV2)));
    case 3:
      return migrateV4ToV5(migrateV3ToV4(tables as unknown as DatabaseV3));
    case 4:
      return migrateV4ToV5(tables as unknown as DatabaseV4);
    case 5:
      return tables as unknown as DatabaseV5;
    default:
      throw new Error(`Unknown notes database version ${version}.`);
  }
}
