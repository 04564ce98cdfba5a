import type { Correction, ReaderEntity, ReaderLayer } from '../../lib/core/reader-layer';

/** Sample reader layers for the notes-format-reader-layer*.test.ts files. */

const T1 = '2026-01-02T03:04:05.000Z';
const T2 = '2026-02-03T04:05:06.000Z';

/** A reader entity (苏宿工业园区, with an alias), with `overrides` applied. */
export function sampleReaderEntity(overrides: Partial<ReaderEntity> = {}): ReaderEntity {
  return {
    id: 'reader:suqian-park',
    type: 'platform',
    name: '苏宿工业园区',
    aliases: ['苏宿园区'],
    description: '苏州与宿迁合作共建。',
    createdAt: T1,
    updatedAt: T2,
    ...overrides,
  };
}

/** One correction of every kind, ids deliberately not in file order. */
export const SAMPLE_CORRECTIONS: readonly Correction[] = [
  {
    kind: 'not-here',
    id: 'c-4',
    createdAt: T1,
    entityId: 'city:469007',
    surface: '东方市',
    url: 'https://news.example.cn/a.html',
    prefix: '航线，',
    suffix: '民可以直达上海。',
  },
  { kind: 'never', id: 'c-2', createdAt: T1, surface: '东方' },
  { kind: 'never', id: 'c-3', createdAt: T2, surface: '朝阳', entityId: 'city:110105' },
  { kind: 'change-type', id: 'c-1', createdAt: T2, entityId: 'platform:jd', type: 'person' },
  { kind: 'same-as', id: 'c-5', createdAt: T2, alias: '中新合作区', targetId: 'platform:suzhou-industrial-park' },
];

/** Two entities (out of id order) and one correction of every kind. */
export function sampleReaderLayer(): ReaderLayer {
  return {
    entities: [
      sampleReaderEntity(),
      sampleReaderEntity({
        id: 'reader:a-official',
        type: 'official',
        name: '裘东耀',
        aliases: [],
        description: '',
        createdAt: T2,
        updatedAt: T2,
      }),
    ],
    corrections: SAMPLE_CORRECTIONS.map((correction) => ({ ...correction })),
  };
}

/** The layer of a file without one (layouts 1 and 2, Web Annotations), or an empty one. */
export const NO_READER_LAYER: ReaderLayer = { entities: [], corrections: [] };

/** The same object with its keys inserted in reverse order. */
export function reversedKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

/**
 * The layout 4 bytes of the same notes and reader layer as a layout 3 export: the version is 4
 * and an empty article list follows the reader layer. The writer of this build writes these.
 */
export function asLayout4(layout3: string): string {
  if (!layout3.includes('\n  "version": 3,\n') || !layout3.endsWith('\n  }\n}\n')) {
    throw new Error('not a layout 3 export');
  }
  return `${layout3.replace('\n  "version": 3,\n', '\n  "version": 4,\n').slice(0, -'\n}\n'.length)},\n  "articles": []\n}\n`;
}
