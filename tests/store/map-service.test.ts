import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseMapData } from '../../lib/core/map';
import type { MapPicture } from '../../lib/core/map-picture';
import { handleKnowledgeMessage } from '../../lib/store/knowledge-handler';
import { KnowledgeService } from '../../lib/store/knowledge-service';
import { MapService } from '../../lib/store/map-service';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const MAP_TEXT = readFileSync(new URL('../../public/map/china-map.json', import.meta.url), 'utf8');

function services() {
  const knowledge = new KnowledgeService(async () => SHIPPED_KNOWLEDGE_BASE);
  const load = vi.fn(async () => parseMapData(MAP_TEXT));
  return { knowledge, load, map: new MapService(load, () => knowledge.knowledgeBase()) };
}

const ENTITIES = [
  { id: 'city:330200', type: 'city', name: '宁波', count: 6 },
  { id: 'city:340100', type: 'city', name: '合肥', count: 1 },
  { id: 'platform:hongqiao-cbd', type: 'platform', name: '虹桥商务区', count: 4 },
  { id: 'official:裘东耀', type: 'official', name: '裘东耀', count: 2 },
];

describe('kb:map-picture (the map the background draws for a page)', () => {
  it('answers a small picture of the places and platforms, with English names, that survives messaging', async () => {
    const { knowledge, load, map } = services();
    const reply = await handleKnowledgeMessage(
      knowledge,
      {
        type: 'kb:map-picture',
        entities: ENTITIES,
        lines: [{ from: 'platform:hongqiao-cbd', to: 'city:330200' }],
      },
      map,
    );
    expect(reply?.ok).toBe(true);
    const picture = (reply as { value: MapPicture }).value;
    expect(JSON.parse(JSON.stringify(picture))).toEqual(picture);
    expect(picture.markers.map((m) => [m.name, m.nameEn, m.province])).toEqual([
      ['宁波', 'Ningbo', '330000'],
      ['虹桥商务区', expect.any(String), '310000'],
      ['合肥', 'Hefei', '340000'],
    ]);
    expect(picture.lines).toHaveLength(1);
    expect(JSON.stringify(picture).length).toBeLessThan(40_000);
    // Loaded once, on the first map asked for.
    await handleKnowledgeMessage(knowledge, { type: 'kb:map-picture', entities: ENTITIES.slice(1) }, map);
    expect(load).toHaveBeenCalledOnce();
  });

  it('draws a picture asked twice at once only once (the Map view opened while the panel prefetches it), and tries again after a failure', async () => {
    const { map, load } = services();
    const request = { entities: ENTITIES.slice(0, 2) as never, lines: [], width: 360, focus: true };
    const [prefetch, view] = await Promise.all([map.picture(request), map.picture(request)]);
    expect(view).toBe(prefetch);
    expect(load).toHaveBeenCalledOnce();
    // A map that cannot load is not kept as an answer: the next request loads again.
    const failing = new MapService(
      vi.fn().mockRejectedValueOnce(new Error('no map')).mockResolvedValue(parseMapData(MAP_TEXT)),
      async () => SHIPPED_KNOWLEDGE_BASE,
    );
    await expect(failing.picture(request)).rejects.toThrow('no map');
    expect((await failing.picture(request)).markers).toHaveLength(2);
  });

  it.each([
    [{ entities: 'all' }, 'The map entities are not a list.'],
    [
      { entities: [{ id: 'city:1', type: 'planet', name: 'x', count: 1 }] },
      'A map entity has no id, name or known type.',
    ],
    [{ entities: [{ id: 'city:1', type: 'city', name: 'x', count: 0 }] }, 'A map entity has no count.'],
    [{ entities: [], lines: [{ from: 'a' }] }, 'A map line has no ends.'],
    [{ entities: [], width: 1e9 }, 'The map width is out of range.'],
  ])('refuses a malformed request %j with a sentence', async (request, error) => {
    const { knowledge, load, map } = services();
    expect(await handleKnowledgeMessage(knowledge, { type: 'kb:map-picture', ...request }, map)).toEqual({
      ok: false,
      error,
    });
    expect(load).not.toHaveBeenCalled();
  });
});
