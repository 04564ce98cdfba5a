import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entityTypeLabel } from '../../components/entity-labels';
import { formatMessage, isMessageKey, kindKey, kindLabel, t, uiLanguage } from '../../components/i18n';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Message>;

const readMessages = (locale: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
const en = readMessages('en');
const zh = readMessages('zh_CN');
const placeholdersUsed = (text: string) =>
  [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('t()', () => {
  it('falls back to the English text when the browser has no i18n (WXT’s fake browser throws)', () => {
    expect(t('saveNote')).toBe('Save note');
    expect(t('typeCity')).toBe('City');
    expect(uiLanguage()).toBe('en');
  });

  it('substitutes $COUNT$ and other placeholders in order, numbers as digits', () => {
    expect(t('mentionsCount', 3)).toBe('3 mentions');
    expect(t('mentionsCount', '12')).toBe('12 mentions');
    expect(t('memberOfRegionCities', 41, 'Yangtze River Delta')).toBe('One of the 41 Yangtze River Delta cities');
    expect(t('mentionPosition', 2, 6)).toBe('Mention 2 of 6');
  });

  it('uses the browser’s message when there is one, and English when it answers an empty string', () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('保存笔记');
    expect(t('saveNote')).toBe('保存笔记');
    expect(getMessage).toHaveBeenCalledWith('saveNote', []);
    getMessage.mockImplementation((_name: string, subs?: string | (string | number)[]) => `${[subs].flat()[0]} 处提及`);
    expect(t('mentionsCount', 4)).toBe('4 处提及');
    expect(getMessage).toHaveBeenLastCalledWith('mentionsCount', ['4']);
    getMessage.mockReturnValue('');
    expect(t('saveNote')).toBe('Save note');
  });

  it('tells the interface language from the translation in use', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) =>
      name === 'localeLanguage' ? 'zh' : '',
    );
    expect(uiLanguage()).toBe('zh');
  });

  it('labels entity types and knowledge-base kinds', () => {
    expect(entityTypeLabel('platform')).toBe('Platform');
    expect(entityTypeLabel('official')).toBe('Official');
    expect(kindKey('prefecture-level city')).toBe('kind_prefecture_level_city');
    expect(kindLabel('prefecture-level city')).toBe('Prefecture-level city');
    expect(kindLabel('e-commerce platform')).toBe('E-commerce platform');
    expect(kindLabel('a kind nobody translated')).toBe('a kind nobody translated');
    expect(isMessageKey('kind_expo')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('formatMessage (what getMessage does)', () => {
  it('fills placeholders case-insensitively, keeps $$ as $ and leaves unknown names alone', () => {
    const message = { message: '$Count$ × $$5 $OTHER$', placeholders: { count: { content: '$1' } } };
    expect(formatMessage(message, ['3'])).toBe('3 × $5 $OTHER$');
    expect(formatMessage({ message: '$A$', placeholders: { a: { content: '[$2|$1]' } } }, ['x', 'y'])).toBe('[y|x]');
    expect(formatMessage({ message: '$A$', placeholders: { a: { content: '$1' } } }, [])).toBe('');
  });
});

describe('the message files', () => {
  it('have the same keys in English and Chinese, every message non-empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries({ ...en, ...zh })) expect(message.trim(), key).not.toBe('');
  });

  it('use only key and placeholder names the browsers accept, each placeholder declared and used', () => {
    for (const [locale, messages] of [
      ['en', en],
      ['zh_CN', zh],
    ] as const) {
      for (const [key, value] of Object.entries(messages)) {
        expect(key, `${locale} ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(key.startsWith('@@'), key).toBe(false);
        const declared = Object.keys(value.placeholders ?? {})
          .map((n) => n.toLowerCase())
          .sort();
        expect(placeholdersUsed(value.message), `${locale} ${key}`).toEqual([...new Set(declared)]);
        expect(Object.keys(value.placeholders ?? {}).sort(), `${locale} ${key} vs en`).toEqual(
          Object.keys(en[key]!.placeholders ?? {}).sort(),
        );
      }
    }
  });

  it('translate the interface into Chinese, not just copy the English', () => {
    const same = Object.keys(en).filter((key) => zh[key]!.message === en[key]!.message);
    // The brand and the card's accessible name ("$NAME$ — District Lens") stay as they are.
    expect(same.sort()).toEqual(['cardLabel', 'extName']);
    expect(zh.saveNote!.message).toBe('保存笔记');
    expect(zh.panelTitle!.message).toBe('本文实体');
    expect(zh.localeLanguage!.message).toBe('zh');
  });

  it('keep the store listing within Chrome’s limits', () => {
    for (const messages of [en, zh]) {
      expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('name every kind the knowledge base uses', () => {
    const kb = JSON.parse(readFileSync(new URL('../../public/kb/knowledge-base.json', import.meta.url), 'utf8')) as {
      kinds: string[];
    };
    for (const kind of kb.kinds) {
      expect(en[kindKey(kind)], kind).toBeDefined();
      expect(zh[kindKey(kind)], kind).toBeDefined();
    }
  });
});
