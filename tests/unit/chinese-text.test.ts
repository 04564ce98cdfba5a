import { describe, it, expect } from 'vitest';
import { looksChinese } from '../../lib/core/normalize/chinese-text';

describe('looksChinese', () => {
  it('is true for a Chinese news paragraph', () => {
    const paragraph =
      '5月28日,虹桥商务区管委会与宁波签订合作协议,这是继嘉兴之后,又一个长三角重要节点城市与商务区开展全面紧密合作。';
    expect(looksChinese(paragraph)).toBe(true);
  });

  it('is true for Chinese text with some Latin letters mixed in', () => {
    const paragraph = '上海虹桥商务区致力打造长三角高端CBD和长三角联动发展新引擎,坚持高质量推进长三角一体化发展。';
    expect(looksChinese(paragraph)).toBe(true);
  });

  it('is false for English text quoting one Chinese word', () => {
    const english =
      'The delegation from 上海 visited the new business district on Tuesday and signed a cooperation agreement with several neighbouring cities.';
    expect(looksChinese(english)).toBe(false);
  });

  it('is false for a long English page even when it quotes a whole Chinese sentence', () => {
    const english =
      'Reporters covering the Yangtze River Delta often quote officials directly. One headline read ' +
      '上海虹桥商务区与长三角城市启动全面合作,进一步提升服务长三角的能级 and the rest of the article explained, in English, what the ' +
      'agreement means for investors, commuters and companies in the region over the next several years.';
    expect(looksChinese(english)).toBe(false);
  });

  it('is false for short Chinese text below the minimum', () => {
    expect(looksChinese('宁波市长裘东耀')).toBe(false);
    expect(looksChinese('')).toBe(false);
  });

  it('honours a custom minimum', () => {
    expect(looksChinese('宁波市长裘东耀', 5)).toBe(true);
  });
});
