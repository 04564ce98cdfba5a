import type { Evidence } from '../../lib/core/entity';
import { t } from '../i18n';

export interface WhyHighlightedProps {
  evidence: Evidence;
}

/**
 * One line saying why District Lens highlighted the entity (a knowledge-base name, a name's
 * shape, a title beside a name, or the reader's own entry), so a reader can judge it and, with
 * the corrections below it, fix it.
 */
export function WhyHighlighted({ evidence }: WhyHighlightedProps) {
  return <p class="card__why">{whyText(evidence)}</p>;
}

function whyText(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'knowledge-base':
      return t('whyKnowledgeBase');
    case 'name-shape':
      return t('whyNameShape', evidence.suffix);
    case 'title':
      return t('whyTitle', evidence.title);
    case 'reader':
      return t('whyReader');
  }
}
