import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

/** A message of the extension's interface; the English file is the reference for the keys. */
export type MessageKey = keyof typeof en;

/** What `t()` accepts as a substitution: strings, and numbers written as digits. */
export type Substitution = string | number;

interface MessageSource {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const ENGLISH: Readonly<Record<string, MessageSource>> = en;

/** True when `key` names a message of the interface (for keys built at run time, e.g. kinds). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ENGLISH, key);
}

/**
 * Fills a message the way `browser.i18n.getMessage` does: `$NAME$` becomes its placeholder's
 * content, in which `$1`…`$9` become the substitutions; `$$` is a literal `$`.
 */
export function formatMessage(source: MessageSource, substitutions: readonly string[]): string {
  const placeholders = new Map(
    Object.entries(source.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const fill = (text: string) => text.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return source.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (match, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? match : fill(content);
  });
}

/**
 * The interface text `key` in the browser's language (English or simplified Chinese), with
 * `substitutions` filled in for `$COUNT$`-style placeholders, in order. Falls back to the English
 * text when the browser has no message (unit tests, pages outside the extension).
 */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const subs = substitutions.map(String);
  let message = '';
  try {
    // Typed loosely: WXT types getMessage only once the manifest declares default_locale.
    const getMessage = browser.i18n.getMessage as unknown as (name: string, subs?: string[]) => string;
    message = getMessage(key, subs) ?? '';
  } catch {
    // no i18n API here (WXT's fake browser throws "not implemented")
  }
  return message || formatMessage(ENGLISH[key]!, subs);
}

/** The language of the interface: the card shows text in this language first. */
export function uiLanguage(): 'en' | 'zh' {
  return t('localeLanguage') === 'zh' ? 'zh' : 'en';
}

/** The message key of a knowledge-base kind (`prefecture-level city` → `kind_prefecture_level_city`). */
export function kindKey(kind: string): string {
  return `kind_${kind.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}

/** A knowledge-base kind in the interface language; kinds without a message are shown as they are. */
export function kindLabel(kind: string): string {
  const key = kindKey(kind);
  return isMessageKey(key) ? t(key) : kind;
}
