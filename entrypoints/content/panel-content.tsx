import { entityTypeLabel } from '../../components/entity-labels';
import { t } from '../../components/i18n';
import { briefLabels } from '../../components/brief-labels';
import { copyText } from '../../components/card/copy-text';
import { ArticleMap } from '../../components/ArticleMap';
import { briefMarkdown, type ArticleEvent, type IsoDate } from '../../lib/core/brief';
import type { DetectedEntity } from '../../lib/core/entity';
import type { EntityPanelUi } from './entity-panel-ui';

/** What the main content script knows of the article for the panel: its entities and its brief. */
export interface PanelContent {
  entities: readonly DetectedEntity[];
  /** The article's date, when the page has one. */
  date?: IsoDate;
  events: readonly ArticleEvent[];
  /** The reader chose an entity in the list or on the map: go to its first mention. */
  onSelect: (entity: DetectedEntity) => void;
  /** The reader chose one of the brief's lines: go to its sentence. */
  onGoToEvent: (event: ArticleEvent) => void;
}

/** The brief as Markdown on the clipboard (the panel's *Copy brief*). */
async function copyBrief(content: PanelContent, host: Element) {
  const markdown = briefMarkdown(
    {
      title: document.title,
      url: location.href,
      site: location.hostname,
      ...(content.date ? { date: content.date } : {}),
    },
    content.events,
    content.entities,
    briefLabels(),
  );
  await copyText(markdown, host);
}

/**
 * Shows the entity panel with the article's entities, its brief and its map, in the reader's
 * language. Lives with the UI script: the labels (the messages), the map and the brief's Markdown
 * are not needed before the panel opens.
 */
export function showPanel(panel: EntityPanelUi, content: PanelContent): void {
  panel.show({
    entities: content.entities,
    labels: {
      title: t('panelTitle'),
      empty: t('panelEmpty'),
      close: t('panelClose'),
      typeLabel: entityTypeLabel,
      views: { label: t('panelViewLabel'), list: t('panelViewList'), map: t('panelViewMap') },
    },
    onSelect: content.onSelect,
    onClose: () => panel.hide(),
    // The map is projected by the background: the page draws its picture only.
    map: (open) => <ArticleMap entities={content.entities} events={content.events} onOpen={open} />,
    brief: {
      ...(content.date ? { date: content.date } : {}),
      site: location.hostname,
      events: content.events,
      labels: briefLabels(),
      onGoTo: content.onGoToEvent,
      onCopy: () => copyBrief(content, panel.host),
    },
  });
}
