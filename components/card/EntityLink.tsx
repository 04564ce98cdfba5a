import type { KbEntry } from '../../lib/core/knowledge';
import { t, uiLanguage } from '../i18n';

export interface EntityLinkProps {
  entry: KbEntry;
  /** Opens the entry's card; without it the name is plain text. */
  onOpenEntity?: (id: string) => void;
  /** Text to show instead of the entry's name (an organisation that starts with the name). */
  label?: string;
  /** Language of `label` (default Chinese). */
  labelLang?: string;
}

/**
 * Another entity's name, as a link-like button that opens its card: `浙江省` in a Chinese
 * interface, `浙江省 Zhejiang` in an English one.
 */
export function EntityLink({ entry, onOpenEntity, label, labelLang = 'zh-CN' }: EntityLinkProps) {
  const english = label === undefined && uiLanguage() === 'en' && entry.en && entry.en !== entry.name;
  const content = (
    <>
      <span lang={label === undefined ? 'zh-CN' : labelLang}>{label ?? entry.name}</span>
      {english && (
        <>
          {' '}
          <span class="card__link-en" lang="en">
            {entry.en}
          </span>
        </>
      )}
    </>
  );
  if (!onOpenEntity) return <span class="card__ref">{content}</span>;
  // A span with the button role, not a <button>: a button is laid out as one block, so a long
  // name inside a sentence (One of the 9 [Yangtze River Delta G60 …] cities) could not wrap.
  return (
    <span
      role="button"
      tabIndex={0}
      class="card__link"
      data-entity-id={entry.id}
      aria-label={t('openCard', entry.name)}
      title={t('openCard', entry.name)}
      onClick={() => onOpenEntity(entry.id)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onOpenEntity(entry.id);
      }}
    >
      {content}
    </span>
  );
}

/** Places from the top down (`浙江省 › 宁波市`), each a link to its card. */
export function PlaceChain({
  places,
  onOpenEntity,
}: {
  places: readonly KbEntry[];
  onOpenEntity?: (id: string) => void;
}) {
  return (
    <>
      {places.map((place, i) => (
        <span key={place.id} class="card__chain-item">
          {i > 0 && <span aria-hidden="true"> › </span>}
          <EntityLink entry={place} onOpenEntity={onOpenEntity} />
        </span>
      ))}
    </>
  );
}

/** A place's ancestors, province first (`慈溪市` → 浙江省, 宁波市); empty for a province. */
export function ancestorsOf(place: KbEntry, lookup: (id: string) => KbEntry | undefined): KbEntry[] {
  const chain: KbEntry[] = [];
  const seen = new Set<string>([place.id]);
  for (let id = place.parentId; id && !seen.has(id);) {
    seen.add(id);
    const parent = lookup(id);
    if (!parent) break;
    chain.unshift(parent);
    id = parent.parentId;
  }
  return chain;
}
