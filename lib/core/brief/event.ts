import type { EntityType, Mention } from '../entity';
import type { IsoDate } from './calendar-date';

/** What kind of thing happened (see issue 15 and tests/fixtures/events/README.md). */
export type EventKind = 'signing' | 'visit' | 'meeting' | 'opening' | 'appointment';

/** Every event kind, in the order the brief explains them. */
export const EVENT_KINDS: readonly EventKind[] = ['signing', 'visit', 'meeting', 'opening', 'appointment'];

/**
 * What a party does in its event: the sides of a signing (`side`); the one who visits and the place
 * visited; who speaks or meets at a meeting and who hosts it; what opens and who unveils it; who is
 * appointed and the place or platform of the office.
 */
export type PartyRole =
  'side' | 'visitor' | 'visited' | 'speaker' | 'host' | 'opened' | 'unveiler' | 'appointee' | 'office';

/** An entity taking part in an event. */
export interface EventParty {
  /** The detected entity's id, so the brief links to its card and mentions. */
  entityId: string;
  name: string;
  type: EntityType;
  role: PartyRole;
}

/** One thing that happened, found in one sentence of the article. */
export interface ArticleEvent {
  kind: EventKind;
  /** The sentence that tells it, in raw-text offsets (the brief's line goes there). */
  sentence: Mention;
  /** The word that says what happened (签订, 调研, 揭牌 …), in raw-text offsets. */
  trigger: Mention;
  /** The day it happened when the sentence says, resolved against the article's date. */
  date?: IsoDate;
  parties: EventParty[];
  /** Amounts as the sentence writes them (`总投资50亿元`, `签约项目12个`). */
  amounts: string[];
  /** What was signed, as written (`合作协议`, `战略合作框架协议`), for a signing that says. */
  what?: string;
}
