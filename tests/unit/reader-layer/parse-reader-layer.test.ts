import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createReaderEntity,
  MAX_READER_ENTITIES,
  normalizeReaderEntity,
  parseReaderLayer,
  type Correction,
  type ReaderEntity,
  type ReaderLayer,
} from '../../../lib/core/reader-layer';

const T = '2026-01-02T03:04:05.000Z';

const entity = (fields: Partial<ReaderEntity> = {}): ReaderEntity => ({
  id: 'reader:a',
  type: 'platform',
  name: '苏宿工业园区',
  aliases: ['苏宿园区'],
  description: '苏州与宿迁合作共建。',
  createdAt: T,
  updatedAt: T,
  ...fields,
});

const notHere: Correction = {
  kind: 'not-here',
  id: 'c1',
  createdAt: T,
  entityId: 'city:469007',
  surface: '东方市',
  url: 'https://news.example.cn/a.html',
  prefix: '航线，',
  suffix: '民可以直达上海。',
};

const layer = (entities: unknown[] = [entity()], corrections: unknown[] = [notHere]) => ({ entities, corrections });

describe('parseReaderLayer accepts what District Lens writes', () => {
  it('returns a fresh copy of a valid layer, equal to it', () => {
    const input: ReaderLayer = {
      entities: [entity()],
      corrections: [
        notHere,
        { kind: 'never', id: 'c2', createdAt: T, surface: '东方' },
        { kind: 'never', id: 'c3', createdAt: T, surface: '朝阳', entityId: 'city:110105' },
        { kind: 'change-type', id: 'c4', createdAt: T, entityId: 'platform:jd', type: 'person' },
        { kind: 'same-as', id: 'c5', createdAt: T, alias: '中新合作区', targetId: 'platform:suzhou-industrial-park' },
      ],
    };
    const result = parseReaderLayer(input);
    expect(result).toEqual({ ok: true, layer: input });
    if (!result.ok) return;
    expect(result.layer.entities[0]).not.toBe(input.entities[0]);
    expect(result.layer.entities[0]!.aliases).not.toBe(input.entities[0]!.aliases);
  });

  it('drops __proto__, constructor and prototype keys at every depth, as a JSON file may carry them', () => {
    const text = JSON.stringify(layer()).replace(
      '"id":"reader:a"',
      '"__proto__":{"polluted":true},"constructor":1,"id":"reader:a"',
    );
    const parsed = JSON.parse(`{"prototype":[],${text.slice(1)}`) as unknown;
    const result = parseReaderLayer(parsed);
    expect(result).toEqual({ ok: true, layer: layer() });
    if (!result.ok) return;
    expect(Object.keys(result.layer.entities[0]!)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the empty layer', () => {
    expect(parseReaderLayer({ entities: [], corrections: [] })).toEqual({
      ok: true,
      layer: { entities: [], corrections: [] },
    });
  });
});

describe('parseReaderLayer refuses bad input with a sentence naming the item and field', () => {
  const long = (n: number) => '区'.repeat(n);
  const cases: [what: string, input: unknown, error: string][] = [
    ['a list', [], 'The reader layer must be an object with the fields entities and corrections, not a list.'],
    ['nothing', undefined, 'The reader layer must be an object with the fields entities and corrections, not nothing.'],
    [
      'no corrections',
      { entities: [] },
      'The reader layer cannot be read: the correction list (corrections) is missing.',
    ],
    [
      'an unknown field',
      { ...layer(), rules: [] },
      'The reader layer cannot be read: the field “rules” is not one District Lens knows.',
    ],
    [
      'entities that are not a list',
      layer('x' as unknown as unknown[]),
      'The reader layer cannot be read: the entity list (entities) must be a list, not the text “x”.',
    ],
    [
      'an entity that is text',
      layer(['苏宿']),
      'Entity 1 must be an object with the entity’s fields, not the text “苏宿”.',
    ],
    ['an empty name', layer([entity({ name: '' })]), 'Entity 1 (id “reader:a”): the name (name) must not be empty.'],
    [
      'a name too long',
      layer([entity({ name: long(65) })]),
      'Entity 1 (id “reader:a”): the name (name) must be at most 64 characters long; it has 65.',
    ],
    [
      'an untidy name',
      layer([entity({ name: ' 苏宿工业园区' })]),
      'Entity 1 (id “reader:a”): the name (name) must not start or end with white space or hold runs of it, not the text “ 苏宿工业园区”.',
    ],
    [
      'an id that is not the reader’s',
      layer([entity({ id: 'city:330200' })]),
      'Entity 1 (id “city:330200”): the id (id) must be “reader:” followed by up to 100 letters, digits, - or _, not the text “city:330200”.',
    ],
    [
      'a type District Lens does not know',
      layer([entity(), entity({ id: 'reader:b', type: 'company' as 'city' })]),
      'Entity 2 (id “reader:b”): the type (type) must be one of official, person, city, platform, region, not the text “company”.',
    ],
    [
      'an alias that is the name in traditional characters',
      layer([entity({ aliases: ['蘇宿工業園區'] })]),
      'Entity 1 (id “reader:a”): the alias list (aliases) must not repeat the name or another alias (traditional and simplified count as the same): “蘇宿工業園區”.',
    ],
    [
      'an alias that is not text',
      layer([entity({ aliases: ['苏宿园区', 3 as unknown as string] })]),
      'Entity 1 (id “reader:a”): item 2 of the alias list (aliases) must be text, not the number 3.',
    ],
    [
      'a description too long',
      layer([entity({ description: long(2001) })]),
      'Entity 1 (id “reader:a”): the description (description) must be at most 2,000 characters long; it has 2,001.',
    ],
    [
      'a time in another spelling',
      layer([entity({ createdAt: '2026-01-02' })]),
      'Entity 1 (id “reader:a”): the creation time (createdAt) must be a UTC time such as 2026-01-02T03:04:05.000Z, not the text “2026-01-02”.',
    ],
    [
      'an unknown entity field',
      layer([{ ...entity(), colour: 'red' }]),
      'Entity 1 (id “reader:a”): the field “colour” is not one District Lens knows.',
    ],
    [
      'two entities with one id',
      layer([entity(), entity({ name: '前滩太古里', aliases: [] })]),
      'The reader layer cannot be read: the entity list (entities) must not hold two entities with the same id: items 1 and 2 are both “reader:a”.',
    ],
    [
      'a correction of an unknown kind',
      layer(undefined, [{ ...notHere, kind: 'forget' }]),
      'Correction 1 (id “c1”): the kind (kind) must be one of not-here, never, change-type, same-as, not the text “forget”.',
    ],
    [
      'a not-here address with a fragment',
      layer(undefined, [{ ...notHere, url: 'https://news.example.cn/a.html#p3' }]),
      'Correction 1 (id “c1”): the page address (url) must be the article’s address without a #fragment.',
    ],
    [
      'a not-here address that is not a web page',
      layer(undefined, [{ ...notHere, url: 'javascript:alert(1)' }]),
      'Correction 1 (id “c1”): the page address (url) must be a web address starting with http:// or https://, not the text “javascript:alert(1)”.',
    ],
    [
      'a never without its text',
      layer(undefined, [notHere, { kind: 'never', id: 'c2', createdAt: T }]),
      'Correction 2 (id “c2”): the highlighted text (surface) is missing.',
    ],
    [
      'a change to an unknown type',
      layer(undefined, [{ kind: 'change-type', id: 'c2', createdAt: T, entityId: 'platform:jd', type: 'shop' }]),
      'Correction 1 (id “c2”): the new type (type) must be one of official, person, city, platform, region, not the text “shop”.',
    ],
    [
      'a same-as without a target',
      layer(undefined, [{ kind: 'same-as', id: 'c2', createdAt: T, alias: '中新合作区', targetId: '' }]),
      'Correction 1 (id “c2”): the entity it names (targetId) must not be empty.',
    ],
    [
      'a correction that is a number',
      layer(undefined, [7]),
      'Correction 1 must be an object with the correction’s fields, not the number 7.',
    ],
    [
      'two corrections with one id',
      layer(undefined, [notHere, notHere]),
      'The reader layer cannot be read: the correction list (corrections) must not hold two corrections with the same id: items 1 and 2 are both “c1”.',
    ],
  ];
  it.each(cases)('%s', (_what, input, error) => {
    expect(parseReaderLayer(input)).toEqual({ ok: false, error });
  });

  it('refuses more entities than the cap before looking at any of them', () => {
    const many = new Array<unknown>(MAX_READER_ENTITIES + 1).fill(null);
    expect(parseReaderLayer({ entities: many, corrections: [] })).toEqual({
      ok: false,
      error: 'The reader layer holds 10,001 entities; District Lens keeps at most 10,000.',
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        const result = parseReaderLayer(value);
        if (!result.ok) expect(result.error).toMatch(/^(The reader layer|Entity \d+|Correction \d+)\b.*\.$/su);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a valid layer with any one field replaced by something else, without throwing', () => {
    const fields = [...Object.keys(entity()), 'kind', 'surface', 'url', 'prefix', 'suffix', 'entityId'];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), fc.boolean(), (field, value, inEntity) => {
        const input = structuredClone(layer());
        const target = (inEntity ? input.entities[0] : input.corrections[0]) as Record<string, unknown>;
        if (!(field in target) || JSON.stringify(target[field]) === JSON.stringify(value)) return;
        target[field] = value;
        const result = parseReaderLayer(input);
        // Some replacements are valid too (another description, another prefix); the rest are named.
        if (!result.ok) expect(result.error).toMatch(inEntity ? /^Entity 1\b/ : /^Correction 1\b/);
      }),
      { numRuns: 500 },
    );
  });
});

// ── valid layers, generated ─────────────────────────────────────────────────────────────────

const han = fc.constantFrom(...'苏宿工业园区前滩太古里东方宁波虹桥商务蘇區灣新城港'.split(''));
const hanName = fc.string({ unit: han, minLength: 1, maxLength: 12 });
const instant = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const anyType = fc.constantFrom('city', 'platform', 'official', 'person', 'region' as const);
const ref = fc.stringMatching(/^[a-z]+:[0-9a-z-]{1,20}$/);

const validEntity = fc
  .record({
    uuid: fc.uuid(),
    type: anyType,
    name: hanName,
    aliases: fc.array(fc.oneof(hanName, fc.constantFrom(' 苏宿 ', '蘇宿', '')), { maxLength: 5 }),
    description: fc.string({ maxLength: 50 }),
    createdAt: instant,
    updatedAt: instant,
  })
  .map(({ uuid, ...e }) => normalizeReaderEntity({ id: `reader:${uuid}`, ...e }));

const validCorrection: fc.Arbitrary<Omit<Correction, 'id'>> = fc.oneof(
  fc.record({
    kind: fc.constant('not-here' as const),
    createdAt: instant,
    entityId: ref,
    surface: hanName,
    url: fc.webUrl({ withQueryParameters: true }),
    prefix: fc.string({ maxLength: 32 }),
    suffix: fc.string({ maxLength: 32 }),
  }),
  fc.record(
    { kind: fc.constant('never' as const), createdAt: instant, surface: hanName, entityId: ref },
    { requiredKeys: ['kind', 'createdAt', 'surface'] },
  ),
  fc.record({ kind: fc.constant('change-type' as const), createdAt: instant, entityId: ref, type: anyType }),
  fc.record({ kind: fc.constant('same-as' as const), createdAt: instant, alias: hanName, targetId: ref }),
);

const validLayer: fc.Arbitrary<ReaderLayer> = fc.record({
  entities: fc.uniqueArray(validEntity, { selector: (e) => e.id, maxLength: 6 }),
  corrections: fc
    .array(validCorrection, { maxLength: 8 })
    .map((list) => list.map((c, i) => ({ ...c, id: `correction-${i}` }) as Correction)),
});

describe('parseReaderLayer round-trips', () => {
  it('gives back every valid layer unchanged, also after JSON', () => {
    fc.assert(
      fc.property(validLayer, (input) => {
        expect(parseReaderLayer(input)).toEqual({ ok: true, layer: input });
        expect(parseReaderLayer(JSON.parse(JSON.stringify(input)))).toEqual({ ok: true, layer: input });
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeReaderEntity', () => {
  it('trims, folds white space, drops empty aliases, repeats (traditional too) and the name itself', () => {
    expect(
      normalizeReaderEntity(
        entity({
          name: '  苏宿工业园区 ',
          aliases: ['苏宿园区', ' 蘇宿園區', '', '蘇宿工業園區', '苏宿  合作园', '苏宿工业园区'],
          description: '  共建园区。\n',
        }),
      ),
    ).toEqual(entity({ name: '苏宿工业园区', aliases: ['苏宿园区', '苏宿 合作园'], description: '共建园区。' }));
  });

  it('gives what parseReaderLayer accepts, and is idempotent', () => {
    fc.assert(
      fc.property(validEntity, (e) => {
        expect(normalizeReaderEntity(e)).toEqual(e);
        expect(parseReaderLayer({ entities: [e], corrections: [] }).ok).toBe(true);
      }),
    );
  });

  it('makes new entities with a reader id and the time of creation', () => {
    const made = createReaderEntity(
      { type: 'person', name: ' 王小明 ', aliases: ['小明', '王小明'] },
      { uuid: '0b7c9d9e-1f2a-4b3c-8d4e-5f6a7b8c9d0e', now: new Date(T) },
    );
    expect(made).toEqual({
      id: 'reader:0b7c9d9e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      type: 'person',
      name: '王小明',
      aliases: ['小明'],
      description: '',
      createdAt: T,
      updatedAt: T,
    });
    expect(createReaderEntity({ type: 'city', name: '新城' }).id).toMatch(/^reader:[0-9a-f-]{36}$/);
  });
});
