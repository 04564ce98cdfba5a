import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DetectedEntity } from '../lib/core/entity';
import type { KbEntry } from '../lib/core/knowledge';
import { copyText } from './card/copy-text';
import { CopyIcon } from './card/icons';
import { MentionNav } from './card/MentionNav';
import { WhyHighlighted } from './card/WhyHighlighted';
import type { QuoteAnchor } from '../lib/core/notes';
import { NotesSection, type CardNotePlace, type PageInfo } from './card/NotesSection';
import { CorrectionsSection } from './card/CorrectionsSection';
import { ReaderEntityFacts } from './card/ReaderEntityFacts';
import { isReaderEntityId } from '../lib/core/reader-layer';
import { PlaceFacts } from './card/PlaceFacts';
import { LOCAL_PLATFORM_PREFIX, PlatformFacts } from './card/PlatformFacts';
import { RegionFacts } from './card/RegionFacts';
import { RoleList } from './card/RoleList';
import { EntityEvents } from './card/EntityEvents';
import type { ArticleEvent, IsoDate } from '../lib/core/brief';
import { entityTypeLabel } from './entity-labels';
import { t, uiLanguage } from './i18n';

export type { PageInfo } from './card/NotesSection';

/** What the card shows and what it can do. Only `entity`, `page` and `quote` are required. */
export interface EntityCardProps {
  entity: DetectedEntity;
  /** The mention the card is anchored to: an index into `entity.mentions` (0-based; default 0). */
  mentionIndex?: number;
  /** The knowledge-base entry with this id (the entity's own, its parents, a platform's location). */
  lookup?: (id: string) => KbEntry | undefined;
  /** Regions that list this place among their members (`One of the 41 Yangtze River Delta cities`). */
  regionsOf?: (placeId: string) => readonly KbEntry[];
  /** The place or platform an official's organisation starts with (`嘉兴市委` → 嘉兴市), if any. */
  findEntityByName?: (name: string) => KbEntry | undefined;
  /** Goes to the previous (-1) or next (1) mention of the entity; without it there are no buttons. */
  onJump?: (delta: -1 | 1) => void;
  /** Opens the card of another knowledge-base entry; without it, places are plain text. */
  onOpenEntity?: (id: string) => void;
  /** Opened from the keyboard: focus moves to the card's first focusable element. */
  autoFocus?: boolean;
  /** The page being read: new notes record it, and "Seen in N saved articles" leaves it out. */
  page: PageInfo;
  /** The mention's text as the page shows it (traditional or simplified), saved with a new note. */
  quote: string;
  /**
   * The anchor (quote, context, sentence) a new note on this mention is saved with. Null or absent
   * when the card is not on a mention: new notes are then about the entity.
   */
  noteAnchor?: QuoteAnchor | null;
  /**
   * Where this article's notes on the entity sit: on this mention (`here`), elsewhere on the page
   * (`page`), or lost because their sentence is gone (`orphan`). Notes not listed are from other
   * articles or about the entity.
   */
  notePlaces?: ReadonlyMap<string, CardNotePlace>;
  /** Called after the reader added, edited, deleted or restored a note. */
  onNotesChanged?: () => void;
  /** The article's events (its brief): the card lists the entity's own under its roles. */
  events?: readonly ArticleEvent[];
  articleDate?: IsoDate;
  /** Scrolls to an event's sentence and flashes it. */
  onGoToEvent?: (event: ArticleEvent) => void;
}

const FOCUSABLE = 'button:not([disabled]), [href], textarea, input, select, [tabindex]:not([tabindex="-1"])';
const noEntry = () => undefined;

/**
 * Typing in the card must not trigger the page's keyboard shortcuts (events leave the shadow
 * root); Escape still goes through to the controller, which closes the card.
 */
function keepTypingFromPage(event: KeyboardEvent) {
  if (event.key !== 'Escape' && (event.target as Element | null)?.tagName === 'TEXTAREA') event.stopPropagation();
}

/**
 * The usual short name of a platform or region (进博会, 虹桥商务区, 长三角): the first alias the
 * knowledge base lists that is shorter than the name.
 */
function shortName(entry: KbEntry | undefined): string | undefined {
  if (!entry || entry.type === 'city') return undefined;
  return entry.aliases.find((alias) => alias.length < entry.name.length && !/[()（）]/.test(alias));
}

/**
 * The context card for one entity: what it is (from the knowledge base), what it does in this
 * article (roles, mentions with previous/next), and the reader's notes on it.
 */
export function EntityCard(props: EntityCardProps) {
  const { entity, mentionIndex = 0, lookup = noEntry, onJump, onOpenEntity, autoFocus, page, quote } = props;
  const { noteAnchor = null, notePlaces, onNotesChanged } = props;
  const entry = lookup(entity.id);
  const root = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useLayoutEffect(() => {
    if (autoFocus) root.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    // Only when the card opens (or changes entity): jumping between mentions keeps the focus.
  }, [entity.id]);

  useEffect(() => {
    if (copy === 'idle') return undefined;
    const timer = setTimeout(() => setCopy('idle'), 2000);
    return () => clearTimeout(timer);
  }, [copy]);

  async function copyName() {
    try {
      await copyText(entity.name, root.current!);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  const alias = shortName(entry);
  const place = entry?.type === 'city' ? entry : undefined;
  return (
    <section
      ref={root}
      class={`card card--${entity.type}`}
      role="dialog"
      aria-modal="false"
      aria-label={t('cardLabel', entity.name)}
      lang={uiLanguage() === 'zh' ? 'zh-CN' : 'en'}
      onKeyDown={keepTypingFromPage}
      onKeyPress={keepTypingFromPage}
      onKeyUp={keepTypingFromPage}
    >
      <header class="card__header">
        <h2 class="card__heading">
          <span class="card__name" lang="zh-CN">
            {entity.name}
          </span>
          {alias && (
            <span class="card__alias" lang="zh-CN">
              （{alias}）
            </span>
          )}
          {entry?.nameTraditional && (
            <span class="card__traditional" lang="zh-TW">
              {entry.nameTraditional}
            </span>
          )}
        </h2>
        <div class="card__header-end">
          <span class="card__type">{entityTypeLabel(entity.type)}</span>
          <span class="card__copy-status" role="status">
            {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
          </span>
          <button
            type="button"
            class="card__icon-button card__copy"
            aria-label={t('copyName')}
            title={t('copyName')}
            onClick={() => void copyName()}
          >
            <CopyIcon />
          </button>
        </div>
      </header>
      {entry && (place?.pinyin || entry.en) && (
        <p class="card__subtitle">
          {place?.pinyin && (
            <span class="card__pinyin" lang="zh-Latn-pinyin">
              {place.pinyin}
            </span>
          )}
          {place?.pinyin && entry.en && <span aria-hidden="true"> · </span>}
          {entry.en && (
            <span class="card__english" lang="en">
              {entry.en}
            </span>
          )}
        </p>
      )}
      {place && <PlaceFacts place={place} lookup={lookup} regionsOf={props.regionsOf} onOpenEntity={onOpenEntity} />}
      {entity.type === 'platform' && (entry || entity.id.startsWith(LOCAL_PLATFORM_PREFIX)) && (
        <PlatformFacts platform={entry} lookup={lookup} onOpenEntity={onOpenEntity} />
      )}
      {entity.type === 'region' && entry && <RegionFacts region={entry} lookup={lookup} />}
      {isReaderEntityId(entity.id) && <ReaderEntityFacts id={entity.id} />}
      <RoleList roles={entity.roles} findEntityByName={props.findEntityByName} onOpenEntity={onOpenEntity} />
      {props.events && (
        <EntityEvents
          entityId={entity.id}
          events={props.events}
          articleDate={props.articleDate}
          onGoTo={props.onGoToEvent}
        />
      )}
      <MentionNav count={entity.mentions.length} index={mentionIndex} onJump={onJump} />
      <WhyHighlighted evidence={entity.evidence} />
      <NotesSection
        key={entity.id}
        entity={entity}
        page={page}
        quote={quote}
        anchor={noteAnchor}
        places={notePlaces}
        onChanged={onNotesChanged}
      />
      <CorrectionsSection
        key={`correct-${entity.id}`}
        entity={entity}
        pageUrl={page.url}
        quote={quote}
        anchor={noteAnchor}
      />
    </section>
  );
}
