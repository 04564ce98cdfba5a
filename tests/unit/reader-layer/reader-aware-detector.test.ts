import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createReaderAwareDetector,
  describeNotHere,
  EMPTY_READER_LAYER,
  type ReaderLayer,
} from '../../../lib/core/reader-layer';
import {
  BASE_DETECTOR,
  correction,
  entityById,
  KB,
  layerOf,
  readerEntity,
  spanOf,
  surfacesById,
} from './layer-builders';

const plain = createReaderAwareDetector(BASE_DETECTOR, KB);

describe('the reader’s own entities', () => {
  const qiantan = readerEntity({ id: 'reader:qiantan', name: '前滩太古里', aliases: ['太古里'], type: 'platform' });
  const detector = plain.withLayer(layerOf([qiantan]));

  it('are found in simplified, traditional and pinyin-annotated text, at the page’s own offsets', () => {
    for (const text of [
      '前滩太古里开业后，陆家嘴和前滩太古里一起成为热门。',
      '前灘太古里開業後，陸家嘴和前灘太古里一起成為熱門。',
      '前灘(tān)太古里開業後，陸家嘴和前灘(tān) 太古里一起成為熱門。',
    ]) {
      const found = entityById(detector.detect(text), 'reader:qiantan');
      expect(found).toMatchObject({ type: 'platform', name: '前滩太古里', roles: [] });
      const first = text.indexOf('前');
      const second = text.indexOf('前', first + 1);
      expect(found.mentions).toEqual([
        { start: first, end: text.indexOf('里') + 1 },
        { start: second, end: text.indexOf('里', second) + 1 },
      ]);
    }
  });

  it('are found under their aliases too, and keep the knowledge base’s own finds', () => {
    const text = '太古里周末客流创新高，陆家嘴同样火爆。';
    const found = detector.detect(text);
    expect(surfacesById(text, found)).toEqual({ 'platform:lujiazui': ['陆家嘴'], 'reader:qiantan': ['太古里'] });
  });

  it('say why they are highlighted: the reader’s own, next to the knowledge base’s reason', () => {
    const found = detector.detect('太古里周末客流创新高，陆家嘴同样火爆。');
    expect(entityById(found, 'reader:qiantan').evidence).toEqual({ kind: 'reader' });
    expect(entityById(found, 'platform:lujiazui').evidence).toEqual({ kind: 'knowledge-base' });
  });

  it('are found when the reader typed the name in traditional characters or with pinyin', () => {
    const typedTraditional = plain.withLayer(
      layerOf([readerEntity({ id: 'reader:t', name: '前灘(tān)太古里', type: 'platform' })]),
    );
    const text = '前滩太古里开业。';
    expect(surfacesById(text, typedTraditional.detect(text))).toEqual({ 'reader:t': ['前滩太古里'] });
  });

  it('keep the base’s entities first, in the base’s order, then the reader’s by first mention', () => {
    const laterFirst = plain.withLayer(
      layerOf([qiantan, readerEntity({ id: 'reader:boss', name: '王小明', type: 'person' })]),
    );
    const text = '王小明在前滩太古里会见了宁波市长裘东耀。';
    const base = BASE_DETECTOR.detect(text).map((e) => e.id);
    expect(laterFirst.detect(text).map((e) => e.id)).toEqual([...base, 'reader:boss', 'reader:qiantan']);
  });
});

describe('when two of the reader’s entries claim the same text', () => {
  it('the most recent one wins, whichever kind it is', () => {
    const older = readerEntity({ id: 'reader:old', name: '前滩', aliases: ['太古里'] });
    const newer = readerEntity({ id: 'reader:new', name: '太古里商场', aliases: ['太古里'] });
    const text = '太古里周末客流创新高。';
    expect(surfacesById(text, plain.withLayer(layerOf([newer, older])).detect(text))).toEqual({
      'reader:new': ['太古里'],
    });
    const later = correction({ kind: 'same-as', alias: '太古里', targetId: 'platform:lujiazui' });
    expect(surfacesById(text, plain.withLayer(layerOf([newer, older], [later])).detect(text))).toEqual({
      'platform:lujiazui': ['太古里'],
    });
  });
});

describe('same-as: a text of the reader’s means an existing entity', () => {
  it('puts 苏宿园区 under the entity detect gives 苏宿工业园区, in simplified and traditional text', () => {
    const detector = plain.withLayer(
      layerOf([], [correction({ kind: 'same-as', alias: '苏宿园区', targetId: 'platform:local:苏宿工业园区' })]),
    );
    for (const text of [
      '苏宿工业园区是苏州工业园区与宿迁市合作共建的园区，苏宿园区今年新增项目十个。',
      '蘇宿工業園區是蘇州工業園區與宿遷市合作共建的園區，蘇宿園區今年新增項目十個。',
    ]) {
      const found = entityById(detector.detect(text), 'platform:local:苏宿工业园区');
      expect(found.name).toBe('苏宿工业园区');
      const [full, short] = text.startsWith('苏') ? ['苏宿工业园区', '苏宿园区'] : ['蘇宿工業園區', '蘇宿園區'];
      expect(found.mentions).toEqual([spanOf(text, full), spanOf(text, short)]);
    }
  });

  it('puts 中新合作区 under the knowledge base’s 苏州工业园区 instead of a platform of its own', () => {
    const text = '苏州工业园区（中新合作区）今年引进外资。中新合作区还将扩大开放。';
    expect(BASE_DETECTOR.detect(text).map((e) => e.id)).toContain('platform:local:中新合作区');
    const detector = plain.withLayer(
      layerOf([], [correction({ kind: 'same-as', alias: '中新合作区', targetId: 'platform:suzhou-industrial-park' })]),
    );
    const found = detector.detect(text);
    expect(found.map((e) => e.id)).toEqual(['platform:suzhou-industrial-park']);
    expect(surfacesById(text, found)).toEqual({
      'platform:suzhou-industrial-park': ['苏州工业园区', '中新合作区', '中新合作区'],
    });
    expect(found[0]).toMatchObject({ type: 'platform', name: '苏州工业园区' });
  });

  it('brings in a knowledge-base entity the page names only by the reader’s alias', () => {
    const detector = plain.withLayer(
      layerOf(
        [],
        [correction({ kind: 'same-as', alias: '新加坡工业园', targetId: 'platform:suzhou-industrial-park' })],
      ),
    );
    const text = '新加坡工业园的企业代表参加了会议。';
    expect(detector.detect(text)).toEqual([
      {
        id: 'platform:suzhou-industrial-park',
        type: 'platform',
        name: '苏州工业园区',
        roles: [],
        mentions: [spanOf(text, '新加坡工业园')],
        // Only the reader's same-as found it here.
        evidence: { kind: 'reader' },
      },
    ]);
  });

  it('lets a nickname mean an official, with the roles the article gives', () => {
    const detector = plain.withLayer(
      layerOf([], [correction({ kind: 'same-as', alias: '老裘', targetId: 'official:裘东耀' })]),
    );
    const text = '宁波市长裘东耀指出，要抓紧落实。老裘随后考察了港口。';
    const official = entityById(detector.detect(text), 'official:裘东耀');
    expect(official.roles).toEqual([{ organization: '宁波市', title: '市长' }]);
    expect(official.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['裘东耀', '老裘']);
  });

  it('ignores an alias whose target no longer exists', () => {
    const detector = plain.withLayer(
      layerOf(
        [],
        [
          correction({ kind: 'same-as', alias: '老城区', targetId: 'reader:deleted' }),
          correction({ kind: 'same-as', alias: '新城区', targetId: 'city:999999' }),
        ],
      ),
    );
    const text = '老城区和新城区都在宁波。';
    expect(detector.detect(text)).toEqual(BASE_DETECTOR.detect(text));
  });
});

describe('never: a false highlight goes away everywhere', () => {
  const simplified = '东方市位于海南岛西部。东方航空公司开通了新航线。';
  const traditional = '東方市位於海南島西部。東方航空公司開通了新航線。';
  const pinyin = '東(dōng)方(fāng)市位於海南島西部。東(dōng)方(fāng)航空公司開通了新航線。';

  it('drops every mention written 东方 — simplified, traditional or with pinyin — and keeps 东方市', () => {
    for (const text of [simplified, traditional, pinyin]) {
      expect(surfacesById(text, BASE_DETECTOR.detect(text))['city:469007']).toHaveLength(2);
    }
    const detector = plain.withLayer(layerOf([], [correction({ kind: 'never', surface: '东方' })]));
    expect(surfacesById(simplified, detector.detect(simplified))['city:469007']).toEqual(['东方市']);
    expect(surfacesById(traditional, detector.detect(traditional))['city:469007']).toEqual(['東方市']);
    expect(surfacesById(pinyin, detector.detect(pinyin))['city:469007']).toEqual(['東(dōng)方(fāng)市']);
  });

  it('works when the reader gave the text in traditional characters', () => {
    const detector = plain.withLayer(layerOf([], [correction({ kind: 'never', surface: '東方' })]));
    expect(surfacesById(simplified, detector.detect(simplified))['city:469007']).toEqual(['东方市']);
  });

  it('drops an entity left with no mention', () => {
    const text = '海口、三亚、东方等市县积极参与。';
    const detector = plain.withLayer(layerOf([], [correction({ kind: 'never', surface: '东方' })]));
    expect(detector.detect(text).map((e) => e.id)).toEqual(['city:460100', 'city:460200']);
  });

  it('limited to one entity, leaves the same text of another entity alone', () => {
    const detector = plain.withLayer(
      layerOf(
        [readerEntity({ id: 'reader:east', name: '东方', type: 'platform' })],
        [correction({ kind: 'never', surface: '东方', entityId: 'city:469007' })],
      ),
    );
    const text = '海口、三亚、东方等市县积极参与。';
    // The reader's entity wins the equal span; the never of 东方市 does not touch it.
    expect(surfacesById(text, detector.detect(text))).toMatchObject({ 'reader:east': ['东方'] });
  });
});

describe('not-here: one mention on one page', () => {
  const url = 'https://news.example.cn/hainan/2026/01/dongfang.html';
  const text = '东方市位于海南岛西部，东方市政府今天发布公告。东方航空公司开通了新航线，东方市民可以直达上海。';
  const citizens = spanOf(text, '东方市', 2); // 东方市民: 东方 residents, not the city's name
  const correct = (page: string) =>
    correction({ ...describeNotHere(text, citizens, 'city:469007', `${page}#comments`) });
  const detector = plain.withLayer(layerOf([], [correct(url)]));

  it('drops exactly that mention on that page, whatever fragment the address has', () => {
    const before = entityById(BASE_DETECTOR.detect(text), 'city:469007').mentions;
    expect(before).toContainEqual(citizens);
    const after = entityById(detector.detect(text, { url: `${url}#top` }), 'city:469007').mentions;
    expect(after).toEqual(before.filter((m) => m.start !== citizens.start));
  });

  it('drops nothing on another page or without an address', () => {
    expect(detector.detect(text, { url: 'https://news.example.cn/other.html' })).toEqual(BASE_DETECTOR.detect(text));
    expect(detector.detect(text)).toEqual(BASE_DETECTOR.detect(text));
  });

  it('drops nothing when the words around the mention are different', () => {
    const changed = '东方市位于海南岛西部，东方市政府今天发布公告。当天下午，东方市举行了新闻发布会并介绍情况。';
    expect(detector.detect(changed, { url })).toEqual(BASE_DETECTOR.detect(changed));
  });

  it('still finds its mention in the traditional version of the page and after an edit elsewhere', () => {
    const traditional =
      '東方市位於海南島西部，東方市政府今天發布公告。東方航空公司開通了新航線，東方市民可以直達上海。';
    const mentions = entityById(detector.detect(traditional, { url }), 'city:469007').mentions;
    expect(mentions.map((m) => m.start)).not.toContain(spanOf(traditional, '東方市民').start);
    expect(mentions).toHaveLength(entityById(BASE_DETECTOR.detect(traditional), 'city:469007').mentions.length - 1);

    const edited = `【快讯】${text.replace('今天', '昨天')}`;
    const left = entityById(detector.detect(edited, { url }), 'city:469007').mentions;
    expect(left.map((m) => m.start)).not.toContain(spanOf(edited, '东方市民').start);
    expect(left).toHaveLength(3);
  });
});

describe('change-type', () => {
  it('shows an entity as another type and keeps its mentions', () => {
    const detector = plain.withLayer(
      layerOf(
        [],
        [
          correction({ kind: 'change-type', entityId: 'official:裘东耀', type: 'city' }),
          correction({ kind: 'change-type', entityId: 'official:裘东耀', type: 'person' }),
        ],
      ),
    );
    const text = '宁波市长裘东耀指出，裘东耀要求。';
    const base = entityById(BASE_DETECTOR.detect(text), 'official:裘东耀');
    // The newest correction counts, and the card says the reader decided it.
    expect(entityById(detector.detect(text), 'official:裘东耀')).toEqual({
      ...base,
      type: 'person',
      evidence: { kind: 'reader' },
    });
  });

  it('applies to the reader’s own entities too', () => {
    const detector = plain.withLayer(
      layerOf(
        [readerEntity({ id: 'reader:q', name: '前滩太古里', type: 'platform' })],
        [correction({ kind: 'change-type', entityId: 'reader:q', type: 'city' })],
      ),
    );
    expect(entityById(detector.detect('前滩太古里开业。'), 'reader:q').type).toBe('city');
  });
});

describe('overlaps between the reader’s names and the knowledge base', () => {
  it('an equal span goes to the reader', () => {
    const detector = plain.withLayer(layerOf([readerEntity({ id: 'reader:jd', name: '京东', type: 'person' })]));
    const text = '京东在宿迁设立客服中心。';
    expect(surfacesById(text, detector.detect(text))).toEqual({ 'city:321300': ['宿迁'], 'reader:jd': ['京东'] });
  });

  it('a reader name inside a longer base mention makes no mention there, but counts elsewhere', () => {
    const detector = plain.withLayer(layerOf([readerEntity({ id: 'reader:park', name: '工业园区' })]));
    const text = '苏州工业园区是全国开发区的标杆，其他工业园区纷纷学习。';
    expect(surfacesById(text, detector.detect(text))).toEqual({
      'platform:suzhou-industrial-park': ['苏州工业园区'],
      'reader:park': ['工业园区'],
    });
    expect(entityById(detector.detect(text), 'reader:park').mentions).toEqual([spanOf(text, '工业园区', 1)]);
  });

  it('a longer reader name takes over the base mention it covers', () => {
    const detector = plain.withLayer(layerOf([readerEntity({ id: 'reader:cmc', name: '苏州工业园区管委会' })]));
    const text = '苏州工业园区管委会发布公告。';
    expect(surfacesById(text, detector.detect(text))).toEqual({ 'reader:cmc': ['苏州工业园区管委会'] });
  });

  it('the leftmost name wins a partial overlap', () => {
    // The reader's 京东在宿 starts first and ends inside the base's 宿迁: 京东 and 宿迁 both give way.
    const detector = plain.withLayer(layerOf([readerEntity({ id: 'reader:hub', name: '京东在宿' })]));
    const text = '京东在宿迁设立客服中心。';
    expect(surfacesById(text, detector.detect(text))).toEqual({ 'reader:hub': ['京东在宿'] });
  });

  it('a base mention that starts first keeps a later-starting overlapping reader name out', () => {
    const detector = plain.withLayer(layerOf([readerEntity({ id: 'reader:x', name: '宿迁设立' })]));
    const text = '京东在宿迁市设立客服中心，宿迁设立了新区。';
    expect(surfacesById(text, detector.detect(text))).toMatchObject({
      'city:321300': ['宿迁市'],
      'reader:x': ['宿迁设立'],
    });
  });
});

describe('with nothing to apply, the answer is the built-in detector’s', () => {
  const fragments = [
    '宁波市长裘东耀指出',
    '东方市位于海南岛西部',
    '東方航空公司',
    '苏州工业园区（中新合作区）',
    '前灘(tān)太古里',
    '京东在宿迁设立客服中心',
    '海口、三亚、东方等市县',
    '虹橋商務(wù)區(qū)',
    '，',
    '。',
    ' ',
    'abc',
    '\u200b',
  ];
  const texts = fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6 })), { maxLength: 12 })
    .map((parts) => parts.join(''));
  // A layer that can match nothing here: the full path runs (the second normalisation, the merge,
  // the suppression), and must change nothing.
  const inert: ReaderLayer = layerOf(
    [readerEntity({ id: 'reader:none', name: '不会出现的名字甲乙丙' })],
    [
      correction({ kind: 'never', surface: '不会出现的词' }),
      correction({ kind: 'change-type', entityId: 'city:999999', type: 'person' }),
      correction({
        kind: 'not-here',
        entityId: 'city:469007',
        surface: '东方',
        url: 'https://elsewhere.example/',
        prefix: '',
        suffix: '航空',
      }),
    ],
  );

  it('returns exactly the base result for an empty layer, and for a layer that matches nothing', () => {
    const empty = createReaderAwareDetector(BASE_DETECTOR, KB, EMPTY_READER_LAYER);
    const unmatched = empty.withLayer(inert);
    fc.assert(
      fc.property(texts, (text) => {
        const base = BASE_DETECTOR.detect(text);
        expect(empty.detect(text, { url: 'https://news.example.cn/a.html' })).toEqual(base);
        expect(unmatched.detect(text, { url: 'https://news.example.cn/a.html' })).toEqual(base);
      }),
      { numRuns: 300 },
    );
  });

  it('never adds a mention that overlaps another one', () => {
    const detector = plain.withLayer(
      layerOf(
        [readerEntity({ id: 'reader:q', name: '前滩太古里', aliases: ['太古里'] })],
        [
          correction({ kind: 'same-as', alias: '中新合作区', targetId: 'platform:suzhou-industrial-park' }),
          correction({ kind: 'never', surface: '东方' }),
        ],
      ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const found = detector.detect(text);
        // The base itself can return overlapping pattern platforms on run-on text; those are its own.
        const fromBase = new Set(
          BASE_DETECTOR.detect(text).flatMap((e) => e.mentions.map((m) => `${e.id}@${m.start}-${m.end}`)),
        );
        const all = found.flatMap((e) =>
          e.mentions.map((m) => ({ ...m, base: fromBase.has(`${e.id}@${m.start}-${m.end}`) })),
        );
        for (const a of all) {
          expect(a.end).toBeLessThanOrEqual(text.length);
          for (const b of all) {
            if (a === b || a.base || a.end <= b.start || b.end <= a.start) continue;
            expect.fail(`${text.slice(a.start, a.end)} overlaps ${text.slice(b.start, b.end)} in ${text}`);
          }
        }
        for (const e of found) expect(e.mentions.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
