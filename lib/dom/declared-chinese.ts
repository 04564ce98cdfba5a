/** Legacy charsets only Chinese pages use (the names `document.characterSet` gives, lower-cased). */
const CHINESE_CHARSETS = new Set(['gbk', 'gb2312', 'gb18030', 'big5', 'big5-hkscs']);

/** Top-level domains of mainland China, Hong Kong, Taiwan and Macao. */
const CHINESE_DOMAIN = /\.(?:cn|hk|tw|mo)$/u;

/**
 * Whether a page says it is Chinese before its body is parsed (at document_start): `<html lang>`
 * starting with `zh`, a Chinese legacy charset (GBK, GB18030, Big5), or a host under .cn, .hk, .tw
 * or .mo. Only a hint, for waking the background early; whether the page is read is decided on its
 * text by the main content script (looksChinese), so a Chinese page that says none of this is still
 * annotated — it only misses the head start — and other pages never start the background.
 * Examples: `<html lang="zh-CN">` → true; `www.gov.cn` → true; `<html lang="en">` on `example.com` → false.
 */
export function declaresChinese(doc: Document, hostname: string): boolean {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  return (
    lang === 'zh' ||
    lang.startsWith('zh-') ||
    CHINESE_CHARSETS.has(doc.characterSet.toLowerCase()) ||
    CHINESE_DOMAIN.test(hostname.toLowerCase())
  );
}
