import type { KnowledgeBase } from '../core/knowledge';
import { locateInKnowledgeBase, mapMarkers, mapPicture, type MapData } from '../core/map';
import type { MapPicture } from '../core/map-picture';
import type { MapPictureRequest } from './map-picture-request';

/** Pictures kept for repeated requests (a drawer reopened, a side panel refreshing). */
const CACHE_SIZE = 16;

/**
 * The map, in the background: loads the map data once, on the first request (never before: a reader
 * who never opens an entities panel or a map never pays for it; a panel asks for its article's map
 * as it opens), and projects an article's or library's entities into a
 * {@link MapPicture} the asker only has to draw, so the content script loads neither the map data
 * nor d3. Places are located with the knowledge base; labels get its English names. The last
 * {@link CACHE_SIZE} pictures are kept by request, and a request asked again while its picture is
 * still being drawn (the Map view opened while the panel's prefetch runs) waits for that one.
 */
export class MapService {
  private loading: Promise<MapData> | undefined;
  private readonly cache = new Map<string, Promise<MapPicture>>();

  constructor(
    /** Reads and parses public/map/china-map.json. */
    private readonly load: () => Promise<MapData>,
    /** The knowledge base (the knowledge service's). */
    private readonly knowledgeBase: () => Promise<KnowledgeBase>,
  ) {}

  private map(): Promise<MapData> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined; // try again on the next request
      throw error;
    });
    return this.loading;
  }

  /** The picture of `request`'s entities (see mapPicture); throws when the map or knowledge base cannot load. */
  picture(request: MapPictureRequest): Promise<MapPicture> {
    const key = JSON.stringify(request);
    const kept = this.cache.get(key);
    if (kept) return kept;
    const drawing = this.draw(request).catch((error: unknown) => {
      this.cache.delete(key); // a failure is not kept: the next request tries again
      throw error;
    });
    this.cache.set(key, drawing);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return drawing;
  }

  private async draw(request: MapPictureRequest): Promise<MapPicture> {
    const [map, kb] = await Promise.all([this.map(), this.knowledgeBase()]);
    const markers = mapMarkers(request.entities, locateInKnowledgeBase(kb.byId), map.points);
    const namesEn = new Map<string, string>();
    for (const marker of markers.points) {
      const en = kb.byId.get(marker.id)?.en;
      if (en) namesEn.set(marker.id, en);
    }
    return mapPicture(map, markers, {
      width: request.width,
      focus: request.focus,
      lines: request.lines,
      namesEn,
    });
  }
}
