import { isReaderEntityId } from '../../lib/core/reader-layer';

/**
 * The readable part of an entity id, for a name District Lens does not know here: what follows the
 * type (`official:裘东耀` → `裘东耀`, `platform:local:虹桥国际展汇` → `虹桥国际展汇`), a slug's
 * dashes as spaces (`platform:suzhou-industrial-park` → `suzhou industrial park`), a place's code
 * as it is (`city:330200` → `330200`). Undefined for the reader's own ids: they read as nothing.
 */
export function readableIdPart(id: string): string | undefined {
  if (isReaderEntityId(id)) return undefined;
  const rest = id.replace(/^[a-z]+:/u, '').replace(/^local:/u, '');
  if (rest === '') return id;
  return /^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(rest) ? rest.replaceAll('-', ' ') : rest;
}

/** Ids whose names the knowledge base may know: places, platforms and regions, not pattern-found ones. */
export function isKnowledgeBaseId(id: string): boolean {
  return /^(?:city|platform|region):/u.test(id) && !id.startsWith('platform:local:');
}
