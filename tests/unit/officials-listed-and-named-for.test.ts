// Issue 13: two ways personnel news gives offices to names without a title right before each name.
// Found on a real page (a provincial standing committee elected: `…省委常委:A、B、C…`, `其中,A为省委
// 书记,B和C为省委副书记`); the sentences here are written apart from it.
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/core/detection/detect';
import { peopleIn } from '../support/detected-people';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

/** Each official or person with their roles as `organisation title`, joined by |. */
function rolesIn(text: string): Record<string, string> {
  return Object.fromEntries(
    detector
      .detect(text)
      .filter((e) => e.type === 'official' || e.type === 'person')
      .map((e) => [e.name, e.roles.map((r) => `${r.organization} ${r.title}`.trim()).join('|')]),
  );
}

describe('a title, a colon and a list of names', () => {
  it('gives every listed name the titles', () => {
    expect(rolesIn('全会选举产生9名市委常委：周建国、林海峰、陈晓燕、赵立新。')).toEqual({
      周建国: '市委 常委',
      林海峰: '市委 常委',
      陈晓燕: '市委 常委',
      赵立新: '市委 常委',
    });
    expect(rolesIn('新当选的副市长：王立群、孙浩然。')).toEqual({ 王立群: '副市长', 孙浩然: '副市长' });
    expect(rolesIn('区政协副主席：刘芳、黄志明、许文斌')).toEqual({
      刘芳: '区政协 副主席',
      黄志明: '区政协 副主席',
      许文斌: '区政协 副主席',
    });
  });

  it('takes a list item that a place is also called by as a name', () => {
    // 乌兰 and 和平 are places (乌兰县, 和平区) and names.
    expect(Object.keys(rolesIn('大会选出3名自治区副主席：乌兰、张建华、李和平。'))).toEqual([
      '乌兰',
      '张建华',
      '李和平',
    ]);
  });

  it('reads no list where one name, or no name, follows the colon', () => {
    expect(peopleIn('记者：王涛')).toEqual([]);
    expect(peopleIn('市长：我们要把开发区建设好。')).toEqual([]);
  });
});

describe('names, 为, and the office they hold', () => {
  it('gives the names before 为 the office after it when the office ends the clause', () => {
    expect(rolesIn('其中，郑建华为市委书记，刘明和孙立为市委副书记。')).toEqual({
      郑建华: '市委 书记',
      刘明: '市委 副书记',
      孙立: '市委 副书记',
    });
    expect(rolesIn('经研究，陈志刚同志为滨湖区区长。')).toEqual({ 陈志刚: '滨湖区 区长' });
    expect(rolesIn('会议确定，王海、李娜为开发区管委会副主任。')).toEqual({
      王海: '开发区管委会 副主任',
      李娜: '开发区管委会 副主任',
    });
  });

  it('reads no office where 为 does something for someone or the office goes on to a name', () => {
    expect(peopleIn('省长王浩为自贸试验区揭牌。')).toEqual(['王浩']);
    expect(peopleIn('以习近平同志为核心的党中央')).toEqual([]);
    expect(peopleIn('会上，张立为副市长刘强颁发证书。')).toEqual(['刘强']);
  });
});

describe('a count of people before a title', () => {
  it('is no part of the organisation', () => {
    expect(rolesIn('会议选举产生12名省委常委：周建国、林海峰。')).toEqual({ 周建国: '省委 常委', 林海峰: '省委 常委' });
    expect(rolesIn('两位副市长：王立群、孙浩然。')).toEqual({ 王立群: '副市长', 孙浩然: '副市长' });
  });
});

describe('a verb after two characters of a name', () => {
  it('ends the name there (kind 1: a name swallows the next word)', () => {
    expect(peopleIn('副区长周敏揭牌并致辞。')).toEqual(['周敏']);
    expect(peopleIn('主任陈波颁发证书。')).toEqual(['陈波']);
    expect(peopleIn('县长李军宣读了表彰决定。')).toEqual(['李军']);
    expect(peopleIn('记者 张楠 实习生 雷一鸣')).toEqual(['张楠']);
  });

  it('keeps three characters when the verb would start inside the third', () => {
    expect(peopleIn('副市长王立新剪彩。')).toEqual(['王立新']);
    expect(peopleIn('市长王建华发言。')).toEqual(['王建华']);
  });
});

describe('small words around names', () => {
  it('reads no name from a demonstrative (向该中心, 对此)', () => {
    expect(peopleIn('陈先进会长向该中心授协会会员牌。')).not.toContain('向该');
    expect(peopleIn('副市长刘强对此表示欢迎。')).toEqual(['刘强']);
    expect(peopleIn('主任刘此前表示')).not.toContain('刘此');
  });

  it('reads 都 inside a transliterated name, and as the adverb after one', () => {
    expect(peopleIn('自治区政协主席努尔兰·阿不都满金，新疆')).toEqual(['努尔兰·阿不都满金']);
    expect(peopleIn('书记艾尔肯·吐尼亚孜都参加了会议。')).toEqual(['艾尔肯·吐尼亚孜']);
  });

  it('makes the head of a fellow-townsmen or alumni association a person', () => {
    expect(detector.detect('台北市开平同乡会副理事长邓平亮高兴地说').find((e) => e.name === '邓平亮')?.type).toBe(
      'person',
    );
    expect(detector.detect('校友会会长王志强致辞。').find((e) => e.name === '王志强')?.type).toBe('person');
  });
});

describe('an edition before a fair', () => {
  it('is no part of its name', () => {
    const platforms = (text: string) =>
      detector
        .detect(text)
        .filter((e) => e.type === 'platform')
        .map((e) => e.name);
    expect(platforms('第三十届鲁台经贸洽谈会在潍坊开幕。')).toEqual(['鲁台经贸洽谈会']);
    expect(platforms('本届苏台经贸合作洽谈会签约项目20个。')).toEqual(['苏台经贸合作洽谈会']);
  });
});

describe('a title inside a place', () => {
  it('is no title when the place cannot give up its last character (兰州新 is no name)', () => {
    expect(peopleIn('调研组又前往兰州新区长城影视基地。')).toEqual([]);
    expect(peopleIn('项目落户雄安新区长城汽车产业园。')).toEqual([]);
  });

  it('is one when the place is also named without it (宁波 of 宁波市)', () => {
    expect(peopleIn('宁波市长裘东耀表示')).toEqual(['裘东耀']);
    expect(peopleIn('浦东新区区长杭迎伟说')).toEqual(['杭迎伟']);
  });
});
