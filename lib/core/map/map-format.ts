import * as v from 'valibot';

// The file format of public/map/china-map.json, written by scripts/build-map/ (`npm run build:map`):
//
//   { format: 'district-lens-map', version: 1, builtFor, sources: [{ name, version, license, use }],
//     provinces: <TopoJSON topology, quantised; object `provinces`: one geometry per province-level
//                 place, `id` its code, rings in d3-geo's order (exterior clockwise)>,
//     points: [[code, lon, lat], …] }      one per knowledge-base place, by code, degrees to 0.01
//                                         (0.001 where 0.01 would put an island's seat in the sea)
//
// Platforms and regions have no rows: a platform is drawn at its location's point and a region
// from its members' points (marker-model.ts). A change of layout bumps MAP_VERSION.

/** The `format` field every map file carries. */
export const MAP_FORMAT = 'district-lens-map';
/** The only layout version this parser reads. */
export const MAP_VERSION = 1;

/** Where a part of the map data comes from, under which licence (for people; not checked). */
export interface MapSourceNote {
  name: string;
  version: string;
  license: string;
  use: string;
}

/** One point row: a place code (`330200`), longitude and latitude in degrees. */
export type MapPointRow = [code: string, lon: number, lat: number];

/** Whether `value` is a TopoJSON arc: a list of [x, y] number pairs. */
function isArc(value: unknown): value is [number, number][] {
  return (
    Array.isArray(value) &&
    value.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'number' && typeof p[1] === 'number')
  );
}
// A plain loop rather than a schema per pair: the file's 7,000 arc points made valibot's check the
// bulk of the first map's wait (parse ~140 ms cold).
const arcSchema = v.custom<[number, number][]>(isArc, 'an arc is a list of [x, y] number pairs');
const geometrySchema = v.looseObject({
  type: v.picklist(['Polygon', 'MultiPolygon']),
  id: v.pipe(v.string(), v.regex(/^\d{2}0000$/u)),
  arcs: v.array(v.unknown()),
});
const topologySchema = v.looseObject({
  type: v.literal('Topology'),
  transform: v.object({ scale: v.tuple([v.number(), v.number()]), translate: v.tuple([v.number(), v.number()]) }),
  arcs: v.array(arcSchema),
  objects: v.object({
    provinces: v.object({ type: v.literal('GeometryCollection'), geometries: v.array(geometrySchema) }),
  }),
});
const pointRowSchema = v.tuple([
  v.pipe(v.string(), v.regex(/^\d{6}$/u)),
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
]);

/** The file's schema: what {@link parseMapData} accepts. */
export const mapDataSchema = v.object({
  format: v.literal(MAP_FORMAT),
  version: v.literal(MAP_VERSION),
  builtFor: v.string(),
  sources: v.array(v.object({ name: v.string(), version: v.string(), license: v.string(), use: v.string() })),
  provinces: topologySchema,
  points: v.array(pointRowSchema),
});

/** The whole file, as the build writes it and {@link parseMapData} returns it (key order is the file's). */
export type MapDataFile = v.InferOutput<typeof mapDataSchema>;
