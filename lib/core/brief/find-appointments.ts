import type { Mention } from '../entity';
import type { EventParty } from './event';
import { isListJoin, isParentOf, withParties, type Placed } from './event-parties';
import { APPOINTED_AFTER, APPOINTED_BEFORE, TENURE_AFTER } from './event-words';

/** One appointment in a sentence: the words that say it and who and where. */
export interface FoundAppointment {
  /** The words of appointing, in normalised offsets (`同志任`, `免去`, `当选`). */
  at: number;
  atEnd: number;
  parties: EventParty[];
}

/** Before `为` (`任命…李明同志为党工委书记`), the clause must say it appoints. */
/**
 * A character that every appointment's words hold (任, 出任, 当选, 履新, 免去, 提名, 选举, 辞去…): a
 * sentence without one of them tells no appointment, so the search can pass it by.
 */
export const MAY_APPOINT = /[任选履免名辞]/u;

const APPOINTING_IN_CLAUSE = /任命|提名|推选|选举/u;

/**
 * The appointments of `sentence` (split into `clauses`, its entities `inSentence`): one per person who takes or leaves an office (`许明同志任…`,
 * `王浩当选省长`, `免去周敏同志…职务`, `提名赵文博为…`, `陈刚同志不再担任…`), each with the
 * platform or city of the office — the ones named after the person in the clause, else the ones
 * in the title right before the name when the office follows 为 (`任命…管委会副主任李明同志为党工委书记`), else those of the sentence's
 * previous appointment (`…当选江苏省省长，王浩当选副省长`). No person, no appointment: an office
 * alone says nobody was appointed.
 * Example: in `许明同志任合肥滨湖新区管委会主任` → 许明 (appointee), 合肥滨湖新区 (office).
 */
export function findAppointments(
  text: string,
  sentence: Mention,
  clauses: readonly Mention[],
  inSentence: readonly Placed[],
): FoundAppointment[] {
  const found: FoundAppointment[] = [];
  const ends: number[] = []; // the end of each appointment's (last) person's name
  let lastOffices: Placed[] = [];
  for (const person of inSentence) {
    if (person.entity.type !== 'official' && person.entity.type !== 'person') continue;
    const clause = clauses.find((c) => c.start <= person.start && person.start < c.end) ?? sentence;
    const after = text.slice(person.end, Math.min(clause.end, person.end + 8));
    const before = text.slice(clause.start, person.start);
    const taking = APPOINTED_BEFORE.exec(after);
    const appointed =
      taking ??
      (APPOINTED_AFTER.test(before) ||
      (/^(?:同志)?为/u.test(after) && APPOINTING_IN_CLAUSE.test(text.slice(clause.start, person.start)))
        ? /^(?:同志)?/u.exec(after)
        : null);
    if (appointed === null) continue;
    const at = taking ? person.end : Math.max(clause.start, person.start - 2);
    const atEnd = taking ? person.end + taking[0].length : person.end;
    if (TENURE_AFTER.test(text.slice(atEnd, clause.end))) continue;
    const places = inSentence.filter(
      (p) =>
        p.entity.type !== 'official' && p.entity.type !== 'person' && p.start >= clause.start && p.end <= clause.end,
    );
    const next = inSentence.find(
      (p) => p.start > person.start && (p.entity.type === 'official' || p.entity.type === 'person'),
    );
    const officeEnd = Math.min(clause.end, next?.start ?? clause.end);
    // `中共漳州市芗城区委…`: the office is the district's, not the city's written before it.
    let offices = places.filter((p, i) => {
      const after = places[i + 1];
      return p.start >= person.end && p.end <= officeEnd && !(after !== undefined && isParentOf(text, p, after));
    });
    if (offices.length === 0 && !taking)
      offices = places.filter((p) => p.end <= person.start && !/[,、与和]/u.test(text.slice(p.end, person.start)));
    if (offices.length === 0) offices = lastOffices;
    lastOffices = offices;
    // `任命王明、李华为副市长`: one appointment of both, when the first has no office of its own.
    const listed = found.at(-1);
    const listedEnd = ends.at(-1) ?? -1;
    if (
      listed !== undefined &&
      listed.parties.length === 1 &&
      listedEnd + 1 === person.start &&
      isListJoin(text.charCodeAt(listedEnd))
    ) {
      listed.atEnd = atEnd;
      withParties(withParties(listed.parties, [person], 'appointee'), offices, 'office');
      ends[ends.length - 1] = person.end;
      continue;
    }
    found.push({
      at,
      atEnd,
      parties: withParties(withParties([], [person], 'appointee'), offices, 'office'),
    });
    ends.push(person.end);
  }
  if (found.length > 0) takenAgain(text, sentence, clauses, inSentence, found);
  return found;
}

/** Before a clause's words of appointment that name nobody: words of a later step (`又被任命为…`, `随后出任…`). */
const AGAIN = /^(?:又|再|后|随后|随即)/u;

/**
 * Adds to `found` the clauses after the sentence's last appointment that take an office with no
 * person named (`…被任命为雄安新区党工委书记，一个月后，又被任命为河北省副省长`): the same
 * appointee's next office, with the places of that clause.
 */
function takenAgain(
  text: string,
  sentence: Mention,
  clauses: readonly Mention[],
  inSentence: readonly Placed[],
  found: FoundAppointment[],
): void {
  const last = found.at(-1)!;
  const appointee = last.parties.filter((p) => p.role === 'appointee');
  if (appointee.length !== 1) return;
  for (const c of clauses) {
    if (c.start < last.atEnd || c.start < sentence.start || c.end > sentence.end) continue;
    const inClause = inSentence.filter((p) => p.start >= c.start && p.end <= c.end);
    if (inClause.some((p) => p.entity.type === 'official' || p.entity.type === 'person')) return;
    const words = text.slice(c.start, c.end);
    // Only a later step: `，兼任…` lists more titles of the same office-holding.
    const again = AGAIN.exec(words)?.[0].length ?? 0;
    if (again === 0) continue;
    const taking = APPOINTED_BEFORE.exec(words.slice(again));
    if (taking === null || taking[0].startsWith('同志')) continue;
    if (TENURE_AFTER.test(words)) continue;
    const at = c.start + again;
    const parties = appointee.map((p) => ({ ...p }));
    const offices = inClause.filter(
      (p, i) => !(inClause[i + 1] !== undefined && isParentOf(text, p, inClause[i + 1]!)),
    );
    found.push({ at, atEnd: at + taking[0].length, parties: withParties(parties, offices, 'office') });
  }
}
