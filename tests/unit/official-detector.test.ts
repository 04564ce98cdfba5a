import { describe, it, expect } from 'vitest';
import { findTitledPeople, readPersonalName } from '../../lib/core/detection/official-detector';

describe('readPersonalName', () => {
  it('reads a surname with a two-character given name, stopping before 表示', () => {
    expect(readPersonalName('闵师林表示', 0)).toBe(3);
  });

  it('reads a surname with a one-character given name, stopping before 表示', () => {
    expect(readPersonalName('鲁俊表示', 0)).toBe(2);
    expect(readPersonalName('徐方表示宁波将', 0)).toBe(2);
  });

  it('stops after at most two given-name characters', () => {
    expect(readPersonalName('裘东耀指出', 0)).toBe(3);
    expect(readPersonalName('裘东耀积极参与', 0)).toBe(3);
  });

  it('reads at an offset inside the text', () => {
    const text = '宁波市长裘东耀指出';
    expect(readPersonalName(text, 4)).toBe(3);
  });

  it('reads compound surnames', () => {
    expect(readPersonalName('欧阳明表示', 0)).toBe(3);
    expect(readPersonalName('司马光指出', 0)).toBe(3);
  });

  it('reads a name that ends the text', () => {
    expect(readPersonalName('鲁俊', 0)).toBe(2);
  });

  it('returns 0 when no known surname starts there', () => {
    expect(readPersonalName('合作协议', 0)).toBe(0);
    expect(readPersonalName('表示欢迎', 0)).toBe(0);
    expect(readPersonalName('', 0)).toBe(0);
  });

  it('returns 0 for a surname alone', () => {
    expect(readPersonalName('王', 0)).toBe(0);
    expect(readPersonalName('王,', 0)).toBe(0);
    expect(readPersonalName('王表示', 0)).toBe(0);
  });

  it('does not read past non-Han characters', () => {
    expect(readPersonalName('鲁俊:嘉兴', 0)).toBe(2);
    expect(readPersonalName('王强2019年', 0)).toBe(2);
  });
});

describe('findTitledPeople', () => {
  it('finds an official after a title, with the organisation from a known place', () => {
    const text = '座谈会上,宁波市长裘东耀指出';
    const ningbo = { start: text.indexOf('宁波'), end: text.indexOf('宁波') + 2 };
    expect(findTitledPeople(text, [ningbo])).toEqual([
      {
        name: '裘东耀',
        type: 'official',
        roles: [{ organization: '宁波', title: '市长' }],
        mention: { start: text.indexOf('裘东耀'), end: text.indexOf('裘东耀') + 3 },
        titleStart: text.indexOf('市长'),
      },
    ]);
  });

  it('shares the organisation and the name across titles joined by 、', () => {
    const text = '虹桥商务区管委会党组书记、常务副主任闵师林表示';
    const [found, ...rest] = findTitledPeople(text, [{ start: 0, end: 5 }]);
    expect(rest).toEqual([]);
    expect(found?.name).toBe('闵师林');
    expect(found?.roles).toEqual([
      { organization: '虹桥商务区管委会', title: '党组书记' },
      { organization: '虹桥商务区管委会', title: '常务副主任' },
    ]);
    expect(found?.mention).toEqual({ start: text.indexOf('闵师林'), end: text.indexOf('闵师林') + 3 });
  });

  it('starts the organisation at the earliest known mention in the run before the title', () => {
    const text = '宁波杭州湾新区管委会副书记、副主任徐方表示';
    const found = findTitledPeople(text, [{ start: 0, end: 7 }]);
    expect(found.map((o) => o.name)).toEqual(['徐方']);
    expect(found[0]?.roles.map((r) => r.organization)).toEqual(['宁波杭州湾新区管委会', '宁波杭州湾新区管委会']);
    expect(found[0]?.roles.map((r) => r.title)).toEqual(['副书记', '副主任']);
  });

  it('uses the last few characters before the title when no known place is there', () => {
    const found = findTitledPeople('管委会主任王强表示', []);
    expect(found).toEqual([
      {
        name: '王强',
        type: 'official',
        roles: [{ organization: '管委会', title: '主任' }],
        mention: { start: 5, end: 7 },
        titleStart: 3,
      },
    ]);
  });

  it('leaves the organisation empty when the title starts a clause', () => {
    const found = findTitledPeople('会上,主任王强表示', []);
    expect(found[0]?.roles).toEqual([{ organization: '', title: '主任' }]);
  });

  it('chains titles across 、，and 兼, but not across a full stop (issue 13, kind 5)', () => {
    expect(findTitledPeople('党组书记,副主任王强表示', [])[0]?.roles.map((r) => r.title)).toEqual([
      '党组书记',
      '副主任',
    ]);
    expect(findTitledPeople('区委书记兼管委会主任王强表示', [])[0]?.roles.map((r) => r.title)).toEqual([
      '书记',
      '主任',
    ]);
    const found = findTitledPeople('党组书记。副主任王强表示', []);
    expect(found).toHaveLength(1);
    expect(found[0]?.roles.map((r) => r.title)).toEqual(['副主任']);
  });

  it('reads a given name that starts with a one-character function word', () => {
    expect(readPersonalName('王为民表示', 0)).toBe(3);
    expect(readPersonalName('张和平指出', 0)).toBe(3);
    expect(readPersonalName('鲁俊在会上', 0)).toBe(2);
  });

  it('does not take a street or place name for a person', () => {
    expect(findTitledPeople('苏州市长江路', [{ start: 0, end: 3 }])).toEqual([]);
    expect(
      findTitledPeople('上海市长宁区', [
        { start: 0, end: 3 },
        { start: 3, end: 6 },
      ]),
    ).toEqual([]);
  });

  it('gives every name of a list the shared title', () => {
    const found = findTitledPeople('原副主席周治华、姜焜、黄铭杰等出席', []);
    expect(found.map((p) => [p.name, p.type, p.roles.map((r) => r.title).join()])).toEqual([
      ['周治华', 'official', '副主席'],
      ['姜焜', 'official', '副主席'],
      ['黄铭杰', 'official', '副主席'],
    ]);
  });

  it('calls people with non-public titles persons, not officials', () => {
    expect(findTitledPeople('丽宝公司总经理陈志鸿表示', []).map((p) => [p.name, p.type])).toEqual([
      ['陈志鸿', 'person'],
    ]);
    expect(findTitledPeople('(记者吴善阳)', []).map((p) => [p.name, p.type])).toEqual([['吴善阳', 'person']]);
    expect(findTitledPeople('集团主任李强说', []).map((p) => p.type)).toEqual(['person']);
    expect(findTitledPeople('管委会主任李强说', []).map((p) => p.type)).toEqual(['official']);
  });

  it('finds nothing when no name follows the title', () => {
    expect(findTitledPeople('宁波市长表示', [])).toEqual([]);
    expect(findTitledPeople('书记', [])).toEqual([]);
    expect(findTitledPeople('', [])).toEqual([]);
  });

  it('finds several officials in one text, in order', () => {
    const text = '宁波市长裘东耀指出,嘉兴市委书记鲁俊表示';
    expect(findTitledPeople(text, []).map((o) => o.name)).toEqual(['裘东耀', '鲁俊']);
  });
});
