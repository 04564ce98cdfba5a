import { formatRole, type Role } from '../../lib/core/entity';
import type { KbEntry } from '../../lib/core/knowledge';
import { t } from '../i18n';
import { EntityLink } from './EntityLink';

export interface RoleListProps {
  roles: readonly Role[];
  /** The place or platform an organisation's name starts with, if any (`嘉兴市委` → 嘉兴市). */
  findEntityByName?: (name: string) => KbEntry | undefined;
  onOpenEntity?: (id: string) => void;
}

/**
 * Every role the article gives the person (`宁波市 市长`); an organisation that starts with a
 * known place or platform opens that card.
 */
export function RoleList({ roles, findEntityByName, onOpenEntity }: RoleListProps) {
  if (roles.length === 0) return null;
  return (
    <ul class="card__roles" aria-label={t('rolesInArticle')}>
      {roles.map((role) => {
        const linked = role.organization ? findEntityByName?.(role.organization) : undefined;
        return (
          <li key={formatRole(role)} lang="zh-CN">
            {role.organization &&
              (linked ? (
                <EntityLink entry={linked} onOpenEntity={onOpenEntity} label={role.organization} />
              ) : (
                <span>{role.organization}</span>
              ))}
            {role.organization && ' '}
            <span class="card__title">{role.title}</span>
          </li>
        );
      })}
    </ul>
  );
}
