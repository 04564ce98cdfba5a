import { partiesPhrase } from '../../lib/core/brief';
import type { StoredEvent } from '../../lib/core/brief';
import { t } from '../i18n';
import type { EntityRef } from './EntityButton';

/**
 * Splits an event's parties phrase (`虹桥国际中央商务区 ↔ 宁波市`) into its words and its parties, in
 * the phrase's order, each party found at the first place its name stands after the previous one.
 * Example: `虹桥 ↔ 宁波` with parties 虹桥, 宁波 → ['虹桥' (party), ' ↔ ', '宁波' (party)].
 */
export function phrasePieces(
  phrase: string,
  parties: readonly StoredEvent['parties'][number][],
): (string | StoredEvent['parties'][number])[] {
  const pieces: (string | StoredEvent['parties'][number])[] = [];
  let at = 0;
  const left = [...parties];
  while (left.length > 0) {
    let best = -1;
    let bestAt = Infinity;
    left.forEach((p, i) => {
      const found = phrase.indexOf(p.name, at);
      if (found >= 0 && found < bestAt) {
        best = i;
        bestAt = found;
      }
    });
    if (best < 0) break;
    const party = left.splice(best, 1)[0]!;
    if (bestAt > at) pieces.push(phrase.slice(at, bestAt));
    pieces.push(party);
    at = bestAt + party.name.length;
  }
  if (at < phrase.length) pieces.push(phrase.slice(at));
  return pieces;
}

/**
 * Who did what with whom in a library event line, each party a link-like button
 * (`button.library-party[data-entity-id]`) that opens that entity's profile; the entity the line
 * is shown for (`selectedId`) stays plain text.
 */
export function EventParties({
  event,
  selectedId,
  onSelect,
}: {
  event: Pick<StoredEvent, 'kind' | 'parties'>;
  selectedId: string | undefined;
  onSelect: (entity: EntityRef) => void;
}) {
  const pieces = phrasePieces(partiesPhrase(event), event.parties);
  return (
    <span lang="zh">
      {pieces.map((piece, i) =>
        typeof piece === 'string' || piece.entityId === selectedId ? (
          <span key={i}>{typeof piece === 'string' ? piece : piece.name}</span>
        ) : (
          <button
            key={i}
            type="button"
            class="library-party"
            data-entity-id={piece.entityId}
            title={t('showProfile', piece.name)}
            onClick={() => onSelect({ id: piece.entityId, type: piece.type, name: piece.name })}
          >
            {piece.name}
          </button>
        ),
      )}
    </span>
  );
}
