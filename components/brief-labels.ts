import type { BriefLabels } from '../lib/core/brief';
import { entityTypeLabel } from './entity-labels';
import { t, uiLanguage } from './i18n';

/** The words of the article brief in the interface language (the panel's and the copied Markdown's). */
export function briefLabels(): BriefLabels & { heading: string; copy: string; copied: string; noEvents: string } {
  return {
    language: uiLanguage(),
    kinds: {
      signing: t('eventSigning'),
      visit: t('eventVisit'),
      meeting: t('eventMeeting'),
      opening: t('eventOpening'),
      appointment: t('eventAppointment'),
    },
    types: {
      official: entityTypeLabel('official'),
      person: entityTypeLabel('person'),
      city: entityTypeLabel('city'),
      platform: entityTypeLabel('platform'),
      region: entityTypeLabel('region'),
    },
    events: t('briefEvents'),
    entities: t('briefEntities'),
    noDate: t('briefNoDate'),
    heading: t('briefHeading'),
    copy: t('briefCopy'),
    copied: t('briefCopied'),
    noEvents: t('briefNoEvents'),
  };
}
