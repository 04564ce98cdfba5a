// Issue 13, kind 6: a role's organisation is the whole organisation — not cut inside a word, and
// never a verb (`来到副市长周斌办公室` has no organisation 来到).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findTitledPeople } from '../../lib/core/detection/official-detector';

const roleOf = (text: string) =>
  findTitledPeople(text, []).map((p) => p.roles.map((r) => `${r.organization}|${r.title}`));

describe('the organisation before a title', () => {
  it('is the whole organisation, not its last eight characters', () => {
    expect(roleOf('市城市管理综合行政执法局局长何斌说')).toEqual([['市城市管理综合行政执法局|局长']]);
    expect(roleOf('省自然资源和规划厅副厅长钟华介绍')).toEqual([['省自然资源和规划厅|副厅长']]);
    expect(roleOf('区退役军人事务局党组书记卢勇出席')).toEqual([['区退役军人事务局|党组书记']]);
  });

  it('never starts with a verb, a time word or a function word', () => {
    expect(roleOf('上午，走访了副区长马骏办公室')).toEqual([['|副区长']]);
    expect(roleOf('考察团会见了市商务局局长汤洁')).toEqual([['市商务局|局长']]);
    expect(roleOf('陪同省发展改革委主任邱成调研')).toEqual([['省发展改革委|主任']]);
    expect(roleOf('签约仪式由开发区管委会副主任谢文主持')).toEqual([['开发区管委会|副主任']]);
  });

  it('keeps an organisation whose other name stands in brackets whole, and the chain through it', () => {
    // Half-width brackets: the detector normalises full-width ones before it reads titles.
    expect(roleOf('市委常委、西海新区(临港产业区)管委会主任韦东出席')).toEqual([
      ['市委|常委', '西海新区(临港产业区)管委会|主任'],
    ]);
    expect(roleOf('(记者卓立)')).toEqual([['|记者']]);
  });

  it('does not reach back over the previous person', () => {
    expect(roleOf('记者方明 通讯员柳青')).toEqual([['|记者'], ['|通讯员']]);
  });

  const VERBS = ['来到', '走进', '会见', '陪同', '看望', '感谢', '邀请', '前往'];
  const ORGANS = ['', '市生态环境局', '区委', '管委会', '县人民政府'];

  it('never takes a verb into the organisation (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VERBS),
        fc.constantFrom(...ORGANS),
        fc.constantFrom('局长', '副区长', '书记', '主任'),
        (verb, organ, title) => {
          const [roles] = roleOf(`${verb}${organ}${title}黄文杰一行`);
          expect(roles).toEqual([`${organ}|${title}`]);
        },
      ),
    );
  });
});
