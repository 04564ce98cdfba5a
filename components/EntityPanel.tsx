import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, formatRole, type DetectedEntity, type EntityType } from '../lib/core/entity';
import { ArticleBrief, type ArticleBriefProps } from './ArticleBrief';

/** What the entity panel lists and what it can do. */
export interface EntityPanelProps {
  entities: readonly DetectedEntity[];
  /** Section headings and texts, already translated (`views`: the List/Map switch, shown with `map`). */
  labels: {
    title: string;
    empty: string;
    close: string;
    typeLabel: (type: EntityType) => string;
    views?: { label: string; list: string; map: string };
  };
  /** Scrolls to the entity's first mention and opens its card. */
  onSelect: (entity: DetectedEntity) => void;
  onClose: () => void;
  /** The article brief shown above the entities, once the page has one. */
  brief?: ArticleBriefProps;
  /**
   * The Map view, drawn on demand: given a function that opens an entity by id as the list does
   * (its first mention and card). With it the panel shows a List/Map switch above the entities.
   */
  map?: (open: (id: string) => void) => ComponentChild;
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
 * click) goes to the first mention, Escape closes. Given `map`, a List/Map switch under the brief
 * shows the entities as a map instead (its markers open an entity as the list does).
 */
export function EntityPanel({ entities, labels, onSelect, onClose, brief, map }: EntityPanelProps) {
  const ordered = panelOrder(entities);
  const [active, setActive] = useState(0);
  const [view, setView] = useState<'list' | 'map'>('list');
  const list = useRef<HTMLUListElement>(null);
  const showMap = map !== undefined && view === 'map';

  useEffect(() => {
    if (!showMap) (list.current?.querySelector(`[data-index="${active}"]`) as HTMLElement | null)?.focus();
  }, [active, ordered.length]);

  const openById = (id: string) => {
    const entity = entities.find((e) => e.id === id);
    if (entity) onSelect(entity);
  };

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
      {map && (
        <div class="panel__views" role="group" aria-label={labels.views?.label}>
          {(['list', 'map'] as const).map((name) => (
            <button
              key={name}
              type="button"
              class="panel__view"
              aria-pressed={view === name}
              onClick={() => setView(name)}
            >
              {labels.views?.[name] ?? name}
            </button>
          ))}
        </div>
      )}
      <p class="panel__summary">{counts.map(([type, n]) => `${n} ${labels.typeLabel(type)}`).join(' · ')}</p>
      {showMap ? (
        <div class="panel__map">{map(openById)}</div>
      ) : ordered.length === 0 ? (
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
