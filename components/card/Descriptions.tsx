import type { KbEntry } from '../../lib/core/knowledge';
import { uiLanguage } from '../i18n';

/** The one-line descriptions, the interface language's first and the other one quieter. */
export function Descriptions({ entry }: { entry: KbEntry }) {
  const zh = entry.descriptionZh && { text: entry.descriptionZh, lang: 'zh-CN' };
  const en = entry.descriptionEn && { text: entry.descriptionEn, lang: 'en' };
  const ordered = (uiLanguage() === 'zh' ? [zh, en] : [en, zh]).filter((d): d is { text: string; lang: string } => !!d);
  if (ordered.length === 0) return null;
  return (
    <div class="card__descriptions">
      {ordered.map((d, i) => (
        <p key={d.lang} class={i === 0 ? 'card__desc' : 'card__desc card__desc--second'} lang={d.lang}>
          {d.text}
        </p>
      ))}
    </div>
  );
}
