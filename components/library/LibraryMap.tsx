import { useEffect, useState } from 'preact/hooks';
import { libraryMapEntities, type MapEntity } from '../../lib/core/map';
import type { Note } from '../../lib/core/notes';
import { requestStore } from '../../lib/store/store-client';
import { t } from '../i18n';
import { libraryMarkerLabel } from '../map-labels';
import { MapExportButtons } from '../MapExportButtons';
import { MapRequest } from '../MapRequest';
import type { EntityRef } from './EntityButton';

/** The notes whose articles the map shows, and what a marker opens. */
export interface LibraryMapProps {
  /** All notes, or the filtered ones: the map shows the places of their articles. */
  notes: readonly Note[];
  /** Opens the entity's page (profile). */
  onOpen: (entity: EntityRef) => void;
}

/**
 * The library's map: every place and platform met in the articles the notes were written on (all or
 * the filtered), sized by the number of those articles that name it; a marker opens the entity's
 * page. The entities come from the reading history (`articles:digests`); the background draws it.
 */
export function LibraryMap({ notes, onOpen }: LibraryMapProps) {
  const urls = [...new Set(notes.map((note) => note.url.split('#')[0]!))].sort();
  const key = urls.join('\n');
  const [entities, setEntities] = useState<{ key: string; list: MapEntity[] } | undefined>();

  useEffect(() => {
    let live = true;
    requestStore('articles:digests', { urls }).then(
      (digests) => live && setEntities({ key, list: libraryMapEntities(digests.map((digest) => digest.entities)) }),
      () => live && setEntities({ key, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  if (entities?.key !== key) return <p class="muted">{t('mapLoading')}</p>;
  const list = entities.list.filter((entity) => entity.type !== 'official' && entity.type !== 'person');
  const byId = new Map(list.map((entity) => [entity.id, entity]));
  return (
    <MapRequest
      request={{ entities: list.slice(0, 2000), width: 560 }}
      labels={{ title: t('mapLibraryTitle'), marker: libraryMarkerLabel }}
      onOpen={(id) => {
        const entity = byId.get(id);
        if (entity) onOpen({ id, type: entity.type, name: entity.name });
      }}
      actions={(svg) => <MapExportButtons svg={svg} fileStem="district-lens-library-map" />}
    />
  );
}
