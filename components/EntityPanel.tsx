import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, formatRole, type DetectedEntity, type EntityType } from '../lib/core/entity';
import { ArticleBrief, type ArticleBriefProps } from './ArticleBrief';

/** What the entity panel lists and what it can do. */
export interface EntityPanelProps {
  entities: readonly DetectedEntity[];
  /** Section headings and texts, already translated. */
  labels: { title: string; empty: string; close: string; typeLabel: (type: EntityType) => string };
  /** Scrolls to the entity's first mention and opens its card. */
  onSelect: (entity: DetectedEntity) => void;
  onClose: () => void;
  /** The article brief shown above the entities, once the page has one. */
  brief?: ArticleBriefProps;
}

/** Entities sorted for the panel: by type in the UI's order, then most mentioned first. */
export function panelOrder(entities: readonly DetectedEntity[]): DetectedEntity[] {
  const rank = (type: EntityType) => ENTITY_TYPES.indexOf(type);
  return [...entities].sort(
    (a, b) =>
      rank(a.type) - rank(b.type) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'zh'),
  );
}

/**
 * "Entities in this article": the article brief (what happened, when) when given, then every
 * entity grouped by type with its mention count. Arrow keys move through the list, Enter (or a
 * click) goes to the first mention, Escape closes.
 */
export function EntityPanel({ entities, labels, onSelect, onClose, brief }: EntityPanelProps) {
  const ordered = panelOrder(entities);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    (list.current?.querySelector(`[data-index="${active}"]`) as HTMLElement | null)?.focus();
  }, [active, ordered.length]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, ordered.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(ordered.length - 1);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  const counts = ENTITY_TYPES.map((type) => [type, ordered.filter((e) => e.type === type).length] as const).filter(
    ([, n]) => n > 0,
  );

  return (
    <aside class="panel" role="complementary" aria-label={labels.title} onKeyDown={onKeyDown}>
      <header class="panel__header">
        <h2 class="panel__title">{labels.title}</h2>
        <button type="button" class="panel__close" onClick={onClose} aria-label={labels.close}>
          ×
        </button>
      </header>
      {brief && <ArticleBrief {...brief} />}
      <p class="panel__summary">{counts.map(([type, n]) => `${n} ${labels.typeLabel(type)}`).join(' · ')}</p>
      {ordered.length === 0 ? (
        <p class="panel__empty">{labels.empty}</p>
      ) : (
        <ul class="panel__list" ref={list} role="listbox" aria-label={labels.title}>
          {ordered.map((entity, index) => (
            <li
              key={entity.id}
              data-index={index}
              class={`panel__item panel__item--${entity.type}`}
              role="option"
              aria-selected={index === active}
              tabIndex={index === active ? 0 : -1}
              onClick={() => {
                setActive(index);
                onSelect(entity);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(entity);
                }
              }}
            >
              <span class="panel__name" lang="zh">
                {entity.name}
              </span>
              {entity.roles.length > 0 && (
                <span class="panel__role" lang="zh">
                  {formatRole(entity.roles[0]!)}
                </span>
              )}
              <span class="panel__count">{entity.mentions.length}</span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
