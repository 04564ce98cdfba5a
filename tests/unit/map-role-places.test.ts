import { describe, expect, it } from 'vitest';
import { createCardLookups } from '../../lib/core/knowledge';
import { roleOrganization, rolePlaces } from '../../lib/core/map';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const { findEntityByName } = createCardLookups(SHIPPED_KNOWLEDGE_BASE);
const places = (...articles: string[][]) =>
  rolePlaces(
    articles.map((roles) => ({ roles })),
    findEntityByName,
  );

describe('roleOrganization', () => {
  it('reads the organisation before the title, and none from a bare title', () => {
    expect(roleOrganization('宁波市 市长')).toBe('宁波市');
    expect(roleOrganization('虹桥商务区管委会 党组书记')).toBe('虹桥商务区管委会');
    expect(roleOrganization('市长')).toBe('');
  });
});

describe("rolePlaces (an official's page map)", () => {
  it("puts the sample article's officials at their places: 裘东耀 at 宁波, 闵师林 at the Hongqiao zone", () => {
    expect(places(['宁波市 市长'])).toEqual([
      { id: 'city:330200', type: 'city', name: '宁波市', count: 1, roles: ['市长'] },
    ]);
    const [zone] = places(['虹桥商务区管委会 党组书记']);
    expect(zone).toMatchObject({ id: 'platform:hongqiao-cbd', type: 'platform', count: 1 });
    // The organisation is not the platform's own name: the role stays whole in the label.
    expect(zone!.roles).toEqual(['虹桥商务区管委会 党组书记']);
  });

  it("finds a place from its party committee's name (嘉兴市委 → 嘉兴市)", () => {
    expect(places(['嘉兴市委 书记'])).toMatchObject([{ id: 'city:330400', roles: ['嘉兴市委 书记'] }]);
  });

  it('counts articles, not roles: two roles at one place in one article count once', () => {
    const [ningbo] = places(['宁波市 市长', '宁波市委 副书记'], ['宁波市 市长']);
    expect(ningbo).toMatchObject({ id: 'city:330200', count: 2, roles: ['市长', '宁波市委 副书记'] });
  });

  it('lists the place of most articles first, then in the order first met', () => {
    const ids = places(['合肥市 副市长'], ['浙江省 副省长'], ['浙江省 副省长', '宁波市 市长']).map((p) => p.id);
    expect(ids).toEqual(['city:330000', 'city:340100', 'city:330200']);
  });

  it('leaves out bare titles and organisations it cannot place', () => {
    expect(places(['市长', '某某公司 董事长'])).toEqual([]);
  });
});
