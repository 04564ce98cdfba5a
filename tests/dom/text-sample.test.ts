// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sampleText } from '../../lib/dom/text-sample';

describe('sampleText', () => {
  it('reads the first characters of the visible text, without scripts and styles', () => {
    document.body.innerHTML =
      '<script>var 宁波 = 1;</script><style>p{}</style><p>座谈会上，<b>宁波</b>市长</p><p>裘东耀指出</p>';
    expect(sampleText(document.body, 100)).toBe('座谈会上，宁波市长裘东耀指出');
    expect(sampleText(document.body, 4)).toBe('座谈会上');
  });

  it('is empty for a page without text', () => {
    document.body.innerHTML = '<img alt="">';
    expect(sampleText(document.body, 10)).toBe('');
  });
});
