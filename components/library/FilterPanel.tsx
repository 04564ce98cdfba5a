import type { EntityType } from '../../lib/core/entity';
import { isQueryActive, type FacetValue, type NoteFacets, type NotesQuery } from '../../lib/core/notes';
import { entityTypeLabel } from '../entity-labels';
import { t } from '../i18n';

export interface FilterPanelProps {
  facets: NoteFacets;
  query: NotesQuery;
  /** Takes an update of the current query (not a new query), so quick successive clicks all count. */
  onChange: (update: (query: NotesQuery) => NotesQuery) => void;
}

/** Adds `value` to a selection, or removes it. */
const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

interface FacetProps<T extends string> {
  legend: string;
  name: string;
  values: FacetValue<T>[];
  selected: readonly T[];
  label: (value: T) => string;
  onToggle: (value: T, on: boolean) => void;
  /** Chinese values (site names are not, tags may be) get `lang="zh"` for the right glyphs. */
  lang?: string;
}

/** One facet as a list of checkboxes with counts; selected values stay listed even at count 0. */
function Facet<T extends string>({ legend, name, values, selected, label, onToggle, lang }: FacetProps<T>) {
  const shown = [...values];
  for (const value of selected) if (!values.some((v) => v.value === value)) shown.push({ value, count: 0 });
  return (
    <fieldset class="library-facet" data-facet={name}>
      <legend class="library-facet__legend">{legend}</legend>
      <ul class="library-facet__list">
        {shown.map(({ value, count }) => (
          <li key={value}>
            <label class="library-facet__option">
              <input
                type="checkbox"
                name={`filter-${name}`}
                value={value}
                checked={selected.includes(value)}
                onChange={(event) => onToggle(value, event.currentTarget.checked)}
              />
              <span class="library-facet__label" lang={lang}>
                {label(value)}
              </span>
              <span class="library-facet__count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The left column: checkboxes for type, site and tag (any checked value matches; facets combine),
 * the days written from / to, and "Clear filters".
 */
export function FilterPanel({ facets, query, onChange }: FilterPanelProps) {
  const active = isQueryActive({ ...query, text: '' });
  return (
    <div class="library-filters">
      <h2 class="library-column__heading">{t('libraryFilters')}</h2>
      {facets.types.length > 0 && (
        <Facet<EntityType>
          legend={t('filterType')}
          name="type"
          values={facets.types}
          selected={query.types}
          label={entityTypeLabel}
          onToggle={(value, on) => onChange((q) => ({ ...q, types: toggle(q.types, value, on) }))}
        />
      )}
      {facets.sites.length > 0 && (
        <Facet
          legend={t('filterSite')}
          name="site"
          values={facets.sites}
          selected={query.sites}
          label={(site) => site.replace(/^www\./u, '')}
          onToggle={(value, on) => onChange((q) => ({ ...q, sites: toggle(q.sites, value, on) }))}
        />
      )}
      {facets.tags.length > 0 || query.tags.length > 0 ? (
        <Facet
          legend={t('filterTag')}
          name="tag"
          values={facets.tags}
          selected={query.tags}
          label={(tag) => tag}
          lang="zh"
          onToggle={(value, on) => onChange((q) => ({ ...q, tags: toggle(q.tags, value, on) }))}
        />
      ) : (
        <fieldset class="library-facet" data-facet="tag">
          <legend class="library-facet__legend">{t('filterTag')}</legend>
          <p class="muted library-facet__empty">{t('filterNoTags')}</p>
        </fieldset>
      )}
      <fieldset class="library-facet library-dates">
        <legend class="library-facet__legend">{t('filterDate')}</legend>
        <label class="library-dates__field">
          <span>{t('filterFrom')}</span>
          <input
            type="date"
            name="filter-from"
            value={query.from ?? ''}
            max={query.to || undefined}
            onChange={(event) => {
              const from = event.currentTarget.value || undefined;
              onChange((q) => ({ ...q, from }));
            }}
          />
        </label>
        <label class="library-dates__field">
          <span>{t('filterTo')}</span>
          <input
            type="date"
            name="filter-to"
            value={query.to ?? ''}
            min={query.from || undefined}
            onChange={(event) => {
              const to = event.currentTarget.value || undefined;
              onChange((q) => ({ ...q, to }));
            }}
          />
        </label>
      </fieldset>
      <button
        type="button"
        class="button button--secondary library-filters__clear"
        disabled={!active}
        onClick={() => onChange((q) => ({ ...q, types: [], sites: [], tags: [], from: undefined, to: undefined }))}
      >
        {t('filterClear')}
      </button>
    </div>
  );
}
