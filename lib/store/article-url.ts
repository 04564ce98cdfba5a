/**
 * A page address without its `#fragment`: the same article whatever part of it was in view.
 * Example: `articleUrl('https://a.cn/1#p2')` → `'https://a.cn/1'`.
 */
export function articleUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
