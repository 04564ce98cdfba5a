import { t } from '../i18n';

/** How the library groups notes. */
export type GroupBy = 'entity' | 'article';

/** Two radio buttons, "Entity" / "Article" (arrow keys move between them, as radios do). */
export function GroupBySwitch({ value, onChange }: { value: GroupBy; onChange: (by: GroupBy) => void }) {
  const options: readonly [GroupBy, string][] = [
    ['entity', t('libraryGroupEntity')],
    ['article', t('libraryGroupArticle')],
  ];
  return (
    <fieldset class="library-switch">
      <legend class="library-switch__legend">{t('libraryGroupBy')}</legend>
      {options.map(([by, label]) => (
        <label key={by} class={`library-switch__option${value === by ? ' library-switch__option--on' : ''}`}>
          <input type="radio" name="library-group-by" value={by} checked={value === by} onChange={() => onChange(by)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
