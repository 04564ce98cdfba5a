import { useState } from 'preact/hooks';
import { formatRole, type DetectedEntity } from '../lib/core/entity';
import { ENTITY_TYPE_LABELS } from './entity-labels';

/** What the card shows and what it can do. */
export interface EntityCardProps {
  entity: DetectedEntity;
  /** What kind of place or platform this is, from the knowledge base (`prefecture city`, `expo`). */
  kind?: string;
  /** Saves a note on the entity; rejects with a message for the reader. */
  onSaveNote: (body: string) => Promise<void>;
}

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; message: string };

/** The context card for one entity: name, type, roles in this article and a note box. */
export function EntityCard({ entity, kind, onSaveNote }: EntityCardProps) {
  const [draft, setDraft] = useState('');
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const mentions = entity.mentions.length;

  async function submit(event: Event) {
    event.preventDefault();
    if (draft.trim() === '' || save.status === 'saving') return;
    setSave({ status: 'saving' });
    try {
      await onSaveNote(draft);
      setDraft('');
      setSave({ status: 'saved' });
    } catch (error) {
      setSave({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section class={`card card--${entity.type}`} role="dialog" aria-label={`${entity.name} — District Lens`}>
      <header class="card__header">
        <h2 class="card__name" lang="zh">
          {entity.name}
        </h2>
        <span class="card__type">{ENTITY_TYPE_LABELS[entity.type]}</span>
      </header>
      {kind && <p class="card__kind">{kind}</p>}
      {entity.roles.length > 0 && (
        <ul class="card__roles" aria-label="Roles in this article">
          {entity.roles.map((role) => (
            <li key={formatRole(role)} lang="zh">
              {formatRole(role)}
            </li>
          ))}
        </ul>
      )}
      <p class="card__mentions">
        {mentions === 1 ? '1 mention in this article' : `${mentions} mentions in this article`}
      </p>
      <form class="card__note" onSubmit={submit}>
        <label class="card__label" for="district-lens-note">
          Your note
        </label>
        <textarea
          id="district-lens-note"
          class="card__textarea"
          rows={3}
          placeholder="Add a note…"
          value={draft}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            if (save.status !== 'saving') setSave({ status: 'idle' });
          }}
        />
        <div class="card__actions">
          <button type="submit" class="card__save" disabled={draft.trim() === '' || save.status === 'saving'}>
            {save.status === 'saving' ? 'Saving…' : 'Save note'}
          </button>
          <span class="card__status" role="status">
            {save.status === 'saved' && 'Saved ✓'}
            {save.status === 'error' && save.message}
          </span>
        </div>
      </form>
    </section>
  );
}
