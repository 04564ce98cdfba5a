// The detector's prebuilt tables (public/kb/knowledge-base.bin.gz), which the background loads
// instead of parsing the JSON and building the detector: they must be up to date with the JSON and
// the code that derives them, and read back into a detector that finds what the built one finds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDetector, detectorOver } from '../../lib/core/detection/detect';
import { buildDetectorTables } from '../../lib/core/detection/detector-tables';
import {
  decodeDetectorTables,
  encodeDetectorTables,
  PREBUILT_VERSION,
} from '../../lib/core/detection/prebuilt-knowledge';
import { committedPrebuiltBytes, prebuiltBytes } from '../../scripts/build-kb/prebuilt';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const ROOT = join(import.meta.dirname, '../..');
const KB_TEXT = readFileSync(join(ROOT, 'public/kb/knowledge-base.json'), 'utf8');

const SAMPLE =
  '座谈会上，宁波市长裘东耀指出：对接大虹桥，积极参与进博会。慈溪、余姚两地与苏宿园区、' +
  '南京江北新区签约，临港新片区管委会副主任张伟出席。沪苏浙皖共推长三角一体化。';

describe('prebuilt detector tables', () => {
  it('are committed up to date with the knowledge base and the code (else: npm run build:kb)', () => {
    const committed = committedPrebuiltBytes();
    expect(committed, 'public/kb/knowledge-base.bin.gz is missing or no gzip').not.toBeNull();
    expect(Buffer.from(committed!).equals(Buffer.from(prebuiltBytes(KB_TEXT))), 'stale: run npm run build:kb').toBe(
      true,
    );
  });

  it('read back into tables that encode to the same bytes', () => {
    const bytes = encodeDetectorTables(buildDetectorTables(SHIPPED_KNOWLEDGE_BASE));
    expect(Buffer.from(encodeDetectorTables(decodeDetectorTables(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('read back into a detector that finds what the detector built from the JSON finds', () => {
    const bytes = encodeDetectorTables(buildDetectorTables(SHIPPED_KNOWLEDGE_BASE));
    const loaded = detectorOver(decodeDetectorTables(bytes)).detect(SAMPLE);
    expect(loaded).toEqual(createDetector(SHIPPED_KNOWLEDGE_BASE).detect(SAMPLE));
    expect(loaded.map((e) => e.name)).toEqual(expect.arrayContaining(['宁波市', '裘东耀', '中国国际进口博览会']));
  });

  it('read from bytes that do not start at their buffer’s start (a slice of a larger buffer)', () => {
    const bytes = encodeDetectorTables(buildDetectorTables(SHIPPED_KNOWLEDGE_BASE));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const loaded = detectorOver(decodeDetectorTables(shifted.subarray(3))).detect(SAMPLE);
    expect(loaded).toEqual(createDetector(SHIPPED_KNOWLEDGE_BASE).detect(SAMPLE));
  });

  it('carry the word lexicon, so a detector over them never builds it from the word lists', async () => {
    // A fresh copy of the modules: no lexicon built or installed yet in this registry.
    vi.resetModules();
    const lexicon = await import('../../lib/core/detection/word-lexicon');
    const prebuilt = await import('../../lib/core/detection/prebuilt-knowledge');
    const detect = await import('../../lib/core/detection/detect');
    const tables = prebuilt.decodeDetectorTables(committedPrebuiltBytes()!);
    detect.detectorOver(tables);
    // The installed tables are the ones read from the file (a view of its bytes), not built ones.
    expect(lexicon.lexiconTables().words.units.buffer).toBe(tables.lexicon.words.units.buffer);
    expect(lexicon.wordEndingAt('认真研究', 4, 0)).toEqual({ start: 2, end: 4, wordClass: 'predicate' });
    expect(lexicon.wordClassOf('瞭解')).toBe(lexicon.wordClassOf('了解'));
    vi.resetModules();
    const built = (await import('../../lib/core/detection/word-lexicon')).lexiconTables();
    expect([...built.words.units]).toEqual([...tables.lexicon.words.units]);
    expect(Array.from(built.words.wordLength)).toEqual(Array.from(tables.lexicon.words.wordLength));
    expect([...built.words.values]).toEqual([...tables.lexicon.words.values]);
    expect(built.words.slotCount).toBe(tables.lexicon.words.slotCount);
  });

  it('refuse a file of another kind or layout with a sentence', () => {
    expect(() => decodeDetectorTables(new TextEncoder().encode('{"format":"district-lens-kb"}'))).toThrow(
      'This is not a District Lens prebuilt knowledge base.',
    );
    const other = encodeDetectorTables(buildDetectorTables(SHIPPED_KNOWLEDGE_BASE));
    new DataView(other.buffer).setUint32(4, 99, true);
    expect(() => decodeDetectorTables(other)).toThrow(`has layout 99; this version reads ${PREBUILT_VERSION}.`);
  });
});
