// Issue 13: organs and associations. An organ's name after a title is no person (`、市政协主席`: 市
// is a surname too), an association's head is a person (`上海企联会长`), and a centre a government
// organ leads is public (`国务院发展研究中心主任`).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findTitledPeople } from '../../lib/core/detection/official-detector';

const people = (text: string) =>
  findTitledPeople(text, []).map((p) => [p.name, p.type, p.roles.map((r) => `${r.organization} ${r.title}`).join('|')]);

describe('organs after a title', () => {
  it('reads no person in an organ name that follows a title', () => {
    expect(people('市人大常委会主任孙建、市政协主席王林出席')).toEqual([
      ['孙建', 'official', '市人大常委会 主任'],
      ['王林', 'official', '市政协 主席'],
    ]);
    expect(people('县委书记、县人大常委会主任')).toEqual([]);
    expect(people('副区长、区政府党组成员')).toEqual([]);
  });

  const ORGANS = ['政协', '人大', '政府', '党委', '纪委', '管委会', '工委', '法院', '检察院', '公安局', '财政局'];
  it('property: an organ word after 市/区/县/省 and a title never gives a person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('主任', '书记、', '副市长、', '局长'),
        fc.constantFrom(...'市区县省'),
        fc.constantFrom(...ORGANS),
        (title, place, organ) => {
          expect(people(`${title}${place}${organ}主席`).map(([name]) => name)).not.toContain(
            `${place}${organ}`.slice(0, 3),
          );
          expect(people(`${title}${place}${organ}`)).toEqual([]);
        },
      ),
    );
  });
});

describe('associations and government centres', () => {
  it('makes the head of an association a person', () => {
    expect(people('上海企联会长胡立新感谢')).toEqual([['胡立新', 'person', '上海企联 会长']]);
    expect(people('省侨商联谊会会长陈志远表示')[0]?.[1]).toBe('person');
    expect(people('市投资促进会副会长林涛说')[0]?.[1]).toBe('person');
  });

  it('makes the head of a centre a government organ leads an official', () => {
    expect(people('国务院发展研究中心主任马建堂出席')).toEqual([['马建堂', 'official', '国务院发展研究中心 主任']]);
    expect(people('还有国家信息中心副主任程晓波')[0]?.[1]).toBe('official');
    expect(people('杭州市政府发展研究中心主任周华说')[0]?.[1]).toBe('official');
    expect(people('某某集团研究中心主任王强说')[0]?.[1]).toBe('person');
  });
});
