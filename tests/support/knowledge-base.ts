import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKnowledgeBase } from '../../lib/core/knowledge/kb-format';
import type { KnowledgeBase } from '../../lib/core/knowledge/knowledge-base';

/** The built knowledge base the extension ships (public/kb/knowledge-base.json), parsed once. */
export const SHIPPED_KNOWLEDGE_BASE: KnowledgeBase = parseKnowledgeBase(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/kb/knowledge-base.json'), 'utf8')),
);
