import type { Note } from '../../lib/core/notes';
import type { ArticleDigest, NoteGroup } from '../../lib/core/notes';
import { ArticleBriefBlock } from './ArticleBriefBlock';
import type { EntityRef } from './EntityButton';
import { entityTypeLabel } from '../entity-labels';
import { LibraryNote, type LibraryNoteProps } from './LibraryNote';
import { noteCount } from './note-count';

/** What every note in the list can do; the list binds each callback to its note. */
export interface NoteActions {
  editingId: string | undefined;
  selectedEntityId: string | undefined;
  onSelectEntity: (note: Note) => void;
  onEdit: (note: Note) => void;
  onCancelEdit: (note: Note) => void;
  onSave: (note: Note, body: string, tags: string[]) => Promise<void>;
  onDelete: (note: Note) => void;
  onOpen: (note: Note) => void;
  onTag: (tag: string) => void;
  /** Opens an entity's profile (an entity of an article's brief). */
  onShowEntity: (entity: EntityRef) => void;
  /** Downloads one article's brief as Markdown. */
  onExportBrief: (digest: ArticleDigest) => void;
}

function bind(note: Note, actions: NoteActions): LibraryNoteProps {
  return {
    note,
    editing: actions.editingId === note.id,
    selectedEntityId: actions.selectedEntityId,
    onSelectEntity: actions.onSelectEntity,
    onEdit: () => actions.onEdit(note),
    onCancelEdit: () => actions.onCancelEdit(note),
    onSave: (body, tags) => actions.onSave(note, body, tags),
    onDelete: () => actions.onDelete(note),
    onOpen: () => actions.onOpen(note),
    onTag: actions.onTag,
  };
}

/** The group's heading: an entity (a button opening its profile) or an article (a link to it). */
function GroupHeading({ group, id, actions }: { group: NoteGroup; id: string; actions: NoteActions }) {
  if (group.by === 'entity') {
    return (
      <header class={`library-group__header library-group__header--${group.entityType}`}>
        <h2 class="library-group__title" id={id}>
          <button
            type="button"
            class="library-group__entity"
            lang="zh"
            aria-pressed={actions.selectedEntityId === group.entityId}
            aria-controls="library-profile"
            onClick={() => actions.onSelectEntity(group.notes[0]!)}
          >
            {group.entityName}
          </button>
        </h2>
        <span class="library-group__meta">
          {entityTypeLabel(group.entityType)} · {noteCount(group.notes.length)}
        </span>
      </header>
    );
  }
  return (
    <header class="library-group__header">
      <h2 class="library-group__title" id={id}>
        <a href={group.url} target="_blank" rel="noreferrer" lang="zh">
          {group.title}
        </a>
      </h2>
      <span class="library-group__meta">
        {group.site && `${group.site} · `}
        {noteCount(group.notes.length)}
      </span>
    </header>
  );
}

/**
 * The centre column: one `section.library-group[data-group-key]` per group with its heading and
 * its notes as an ordered list. An article group also shows the article's brief from the reading
 * history when `digests` holds it (keyed by the article's address without fragment).
 */
export function NoteGroupList({
  groups,
  actions,
  digests,
}: {
  groups: readonly NoteGroup[];
  actions: NoteActions;
  digests?: ReadonlyMap<string, ArticleDigest>;
}) {
  return (
    <div class="library-groups">
      {groups.map((group, index) => (
        <section
          key={`${group.by}:${group.key}`}
          class={`library-group library-group--${group.by}`}
          data-group-key={group.key}
          aria-labelledby={`library-group-${index}`}
        >
          <GroupHeading group={group} id={`library-group-${index}`} actions={actions} />
          {group.by === 'article' && digests?.get(group.key) && (
            <ArticleBriefBlock
              digest={digests.get(group.key)!}
              selectedId={actions.selectedEntityId}
              onSelectEntity={actions.onShowEntity}
              onExport={actions.onExportBrief}
            />
          )}
          <ol class="library-group__notes">
            {group.notes.map((note) => (
              <LibraryNote key={note.id} {...bind(note, actions)} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
