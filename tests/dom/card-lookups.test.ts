import { describe, expect, it } from 'vitest';
import { createCardLookups } from '../../components/card/kb-lookups';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import { SHIPPED_KNOWLEDGE_BASE as kb } from '../support/knowledge-base';

const inArticle = (id: string): DetectedEntity => ({
  id,
  type: 'city',
  name: '',
  roles: [],
  mentions: [],
  evidence: { kind: 'knowledge-base' },
});

describe('createCardLookups', () => {
  const { lookup, regionsOf, findEntityByName } = createCardLookups(kb);

  it('looks entries up by id', () => {
    expect(lookup('city:330200')?.name).toBe('宁波市');
    expect(lookup('city:999999')).toBeUndefined();
  });

  it('lists the regions of a place, the largest first', () => {
    const regions = regionsOf('city:330200').map((r) => r.id);
    expect(regions[0]).toBe('region:yrd');
    expect(regions).toContain('region:hangzhou-bay');
    expect(regionsOf('city:650100')).toEqual([]);
  });

  it('finds the place or platform an organisation starts with, longest name first', () => {
    expect(findEntityByName('宁波市')?.id).toBe('city:330200');
    expect(findEntityByName('嘉兴市委')?.id).toBe('city:330400');
    expect(findEntityByName('虹桥商务区管委会')?.id).toBe('platform:hongqiao-cbd');
    expect(findEntityByName('宁波杭州湾新区管委会')?.id).toBe('platform:hangzhou-bay-new-area');
    expect(findEntityByName('运营单位丽宝公司')).toBeUndefined();
    expect(findEntityByName('')).toBeUndefined();
  });

  it('prefers the same-named place the article mentions', () => {
    const fuzhou = createCardLookups(kb, [inArticle('city:350102')]);
    expect(fuzhou.findEntityByName('鼓楼区委')?.id).toBe('city:350102');
    const kaifeng = createCardLookups(kb, [inArticle('city:410204')]);
    expect(kaifeng.findEntityByName('鼓楼区委')?.id).toBe('city:410204');
  });
});
