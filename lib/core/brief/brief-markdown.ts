import type { DetectedEntity, EntityType, Role } from '../entity';
import { formatRole } from '../entity';
import { partsOf, type IsoDate } from './calendar-date';
import type { ArticleEvent, EventKind, EventParty } from './event';

/** The words a brief is written with, in the interface's language. */
export interface BriefLabels {
  language: 'zh' | 'en';
  kinds: Readonly<Record<EventKind, string>>;
  /** Plural headings per entity type (`Officials`, `官员`). */
  types: Readonly<Record<EntityType, string>>;
  events: string;
  entities: string;
  /** Said where the page states no date. */
  noDate: string;
}

/**
 * An event's date as the brief writes it: `5月28日` (with the year when it is not the article's:
 * `2018年12月3日`) in Chinese, ISO `2019-05-28` in English.
 * Example: `formatEventDate('2019-05-28', '2019-06-04', 'zh')` → '5月28日'.
 */
export function formatEventDate(date: IsoDate, articleDate: IsoDate | undefined, language: 'zh' | 'en'): string {
  if (language === 'en') return date;
  const [year, month, day] = partsOf(date);
  const sameYear = articleDate !== undefined && partsOf(articleDate)[0] === year;
  return `${sameYear ? '' : `${String(year)}年`}${String(month)}月${String(day)}日`;
}

/** The parties of `list` joined by 、, as pieces. Example: [甲, 乙] → [甲, '、', 乙]. */
function listed<P>(list: readonly P[]): (string | P)[] {
  return list.flatMap((p, i) => (i === 0 ? [p] : ['、', p]));
}

/**
 * Who did what with whom, piece by piece: each party as itself and the words between them — the
 * sides of a signing joined by ↔, a visit's visitors → the places visited, a meeting's speakers @
 * its host, what opens (with who unveils it), the person appointed → the office. A library line
 * makes each party a link; {@link partiesPhrase} writes them out.
 * Example: a signing of 虹桥商务区 and 宁波市 → [虹桥商务区, ' ↔ ', 宁波市].
 */
export function partiesPieces<P extends Pick<EventParty, 'name' | 'role'>>(event: {
  kind: EventKind;
  parties: readonly P[];
}): (string | P)[] {
  const having = (...roles: EventParty['role'][]) => event.parties.filter((p) => roles.includes(p.role));
  const join = (left: readonly P[], mark: string, right: readonly P[]) =>
    left.length > 0 && right.length > 0
      ? [...listed(left), mark, ...listed(right)]
      : listed(left.length > 0 ? left : right);
  switch (event.kind) {
    case 'signing':
      return event.parties.flatMap((p, i) => (i === 0 ? [p] : [' ↔ ', p]));
    case 'visit':
      return join(having('visitor'), ' → ', having('visited'));
    case 'meeting':
      return join(having('speaker'), ' @ ', having('host'));
    case 'opening': {
      const by = having('unveiler');
      return [...listed(having('opened')), ...(by.length > 0 ? [' (', ...listed(by), ')'] : [])];
    }
    case 'appointment':
      return join(having('appointee'), ' → ', having('office'));
  }
}

/**
 * Who did what with whom, as one phrase (see {@link partiesPieces}).
 * Example: a signing of 虹桥商务区 and 宁波市 → '虹桥商务区 ↔ 宁波市'.
 */
export function partiesPhrase(event: Pick<BriefEvent, 'kind' | 'parties'>): string {
  return partiesPieces(event)
    .map((piece) => (typeof piece === 'string' ? piece : piece.name))
    .join('');
}

/**
 * What a brief line needs of an event: a found {@link ArticleEvent} and a stored event of the
 * reading history (`StoredEvent`) both have it.
 */
export type BriefEvent = Pick<ArticleEvent, 'kind' | 'date' | 'what' | 'amounts'> & {
  parties: readonly Pick<EventParty, 'name' | 'role'>[];
};

/**
 * What the brief's entity list needs of an entity: a detected entity (its roles as found) or one
 * of the reading history (its roles already written out, `宁波市 市长`).
 */
export type BriefEntity = Pick<DetectedEntity, 'name' | 'type'> & { roles: readonly (Role | string)[] };

/**
 * The parts of a brief line around its parties: before them the date (none when the sentence gives
 * none) and the kind, after them what was signed and the amounts. {@link briefLine} joins them with
 * the parties; a library line puts links between them.
 * Example: a signing of 5月28日 with 合作协议 → { before: ['5月28日', '签约'], after: ['合作协议'] }.
 */
export function briefLineParts(
  event: BriefEvent,
  articleDate: IsoDate | undefined,
  labels: BriefLabels,
): { before: string[]; after: string[] } {
  const written = (parts: readonly (string | undefined)[]) =>
    parts.filter((part): part is string => part !== undefined && part.length > 0);
  return {
    before: written([
      event.date === undefined ? undefined : formatEventDate(event.date, articleDate, labels.language),
      labels.kinds[event.kind],
    ]),
    after: written([event.what, ...event.amounts]),
  };
}

/**
 * One line of the brief: `5月28日 · 签约 · 虹桥商务区 ↔ 宁波市 · 合作协议` (no date part when the
 * sentence gives none; the amounts after what was signed).
 */
export function briefLine(event: BriefEvent, articleDate: IsoDate | undefined, labels: BriefLabels): string {
  const { before, after } = briefLineParts(event, articleDate, labels);
  const parties = partiesPhrase(event);
  return [...before, ...(parties.length > 0 ? [parties] : []), ...after].join(' · ');
}

/** The article a brief is about. */
export interface BriefArticle {
  title: string;
  url: string;
  site?: string;
  date?: IsoDate;
}

const TYPE_ORDER: readonly EntityType[] = ['official', 'city', 'platform', 'region', 'person'];

/**
 * The brief as Markdown, for a report or a chat: the title (linked), the date and site, one line per
 * event, then the entities by type (officials with their roles). Markdown's own characters in the
 * page's words are escaped so that a title with `[` or `*` cannot break the layout. Takes the
 * events and entities found on the page (Copy brief) or those the reading history kept (the
 * library's export).
 */
export function briefMarkdown(
  article: BriefArticle,
  events: readonly BriefEvent[],
  entities: readonly BriefEntity[],
  labels: BriefLabels,
): string {
  // Brackets and spaces would end the link target early: percent-encode them.
  const url = article.url.replace(/[()\s]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const lines = [`# [${escapeMarkdown(article.title)}](${url})`, ''];
  lines.push([article.date ?? labels.noDate, article.site].filter(Boolean).join(' · '), '');
  if (events.length > 0) {
    lines.push(`## ${labels.events}`, '');
    for (const event of events) lines.push(`- ${escapeMarkdown(briefLine(event, article.date, labels))}`);
    lines.push('');
  }
  const present = TYPE_ORDER.filter((type) => entities.some((e) => e.type === type));
  if (present.length > 0) {
    lines.push(`## ${labels.entities}`, '');
    for (const type of present) {
      const listed = entities
        .filter((e) => e.type === type)
        .map((e) =>
          e.roles.length > 0
            ? `${e.name} (${e.roles.map((r) => (typeof r === 'string' ? r : formatRole(r))).join('、')})`
            : e.name,
        );
      lines.push(`- **${labels.types[type]}**: ${escapeMarkdown(listed.join(', '))}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Escapes Markdown's inline marks. Example: `escapeMarkdown('a*b')` → 'a\\*b'. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]#<>|]/gu, (c) => `\\${c}`);
}
