import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DetectedEntity } from '../lib/core/entity';
import { briefMarkdown } from '../lib/core/brief';
import { ENTITIES_CHANGED, type PageBriefReply, type PageCommand } from '../lib/store/page-commands';
import { ArticleMap } from './ArticleMap';
import { prefetchArticleMap } from './article-map-request';
import { briefLabels } from './brief-labels';
import { EntityPanel } from './EntityPanel';
import { entityTypeLabel } from './entity-labels';
import { t } from './i18n';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send<T>(tabId: number, command: PageCommand): Promise<T | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, command, { frameId: 0 })) as T | undefined;
  } catch {
    return undefined; // no content script in this tab
  }
}

/**
 * The browser's side panel (Chrome) or sidebar (Firefox): the brief and the entities of the active tab's article,
 * kept current as the reader switches tabs or the page adds content. Selecting one scrolls the
 * page to its first mention and opens the card there.
 */
export function SidePanel() {
  const [entities, setEntities] = useState<DetectedEntity[]>([]);
  const [brief, setBrief] = useState<PageBriefReply | undefined>();
  const [tabId, setTabId] = useState<number | undefined>();
  const prefetched = useRef(false);

  useEffect(() => {
    const refresh = async () => {
      const id = await activeTabId();
      setTabId(id);
      const found = id === undefined ? [] : ((await send<DetectedEntity[]>(id, { type: 'page:entities' })) ?? []);
      const answer = id === undefined ? undefined : await send<PageBriefReply>(id, { type: 'page:brief' });
      setEntities(found);
      setBrief(answer);
      // The first article the panel shows: the background gets its map ready before the Map view asks.
      if (!prefetched.current && found.length > 0) {
        prefetched.current = true;
        prefetchArticleMap(found, answer?.events ?? []);
      }
    };
    // Any tab may report a change; refresh reads the active one, which is what the panel shows.
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === ENTITIES_CHANGED) void refresh();
      return undefined;
    };
    const onActivated = () => void refresh();
    void refresh();
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);

  return (
    <EntityPanel
      entities={entities}
      labels={{
        title: t('panelTitle'),
        empty: t('panelEmpty'),
        close: t('panelClose'),
        typeLabel: entityTypeLabel,
        views: { label: t('panelViewLabel'), list: t('panelViewList'), map: t('panelViewMap') },
      }}
      onSelect={(entity) => {
        if (tabId !== undefined) void send(tabId, { type: 'page:go-to', entityId: entity.id });
      }}
      map={(open) => <ArticleMap entities={entities} events={brief?.events ?? []} onOpen={open} />}
      onClose={() => window.close()}
      brief={
        brief && {
          ...(brief.date ? { date: brief.date } : {}),
          site: brief.site,
          events: brief.events,
          labels: briefLabels(),
          onGoTo: (event) => {
            if (tabId !== undefined) void send(tabId, { type: 'page:go-to-event', index: brief.events.indexOf(event) });
          },
          onCopy: () =>
            navigator.clipboard.writeText(
              briefMarkdown(
                { title: brief.title, url: brief.url, site: brief.site, ...(brief.date ? { date: brief.date } : {}) },
                brief.events,
                entities,
                briefLabels(),
              ),
            ),
        }
      }
    />
  );
}
