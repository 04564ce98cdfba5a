// One-line Chinese and English descriptions of platforms from their kind and location, for entries that have none.

import type { Place } from './entries';
import { fail, provinceCodeOf } from './shared';

/** Chinese and English labels of platform kinds, for generated descriptions. */
const KIND_LABELS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  'national new area': ['国家级新区', 'National-level new area'],
  'new area': ['新区', 'New area'],
  'new town': ['新城', 'New town'],
  'economic and technological development zone': ['经济技术开发区', 'Economic and technological development zone'],
  'economic development zone': ['经济开发区', 'Economic development zone'],
  'high-tech zone': ['高新技术产业开发区', 'High-tech industrial development zone'],
  'development zone': ['开发区', 'Development zone'],
  'industrial park': ['产业园区', 'Industrial park'],
  'industrial cluster': ['产业集聚区', 'Industrial cluster zone'],
  'demonstration zone': ['示范区', 'Demonstration zone'],
  'comprehensive experimental zone': ['综合实验区', 'Comprehensive experimental zone'],
  'management area': ['管理区', 'Management area'],
  'scenic area': ['风景名胜区', 'Scenic area'],
  'comprehensive bonded zone': ['综合保税区', 'Comprehensive bonded zone'],
  'bonded zone': ['保税区', 'Bonded zone'],
  'bonded port area': ['保税港区', 'Bonded port area'],
  'cross-border industrial zone': ['跨境工业区', 'Cross-border industrial zone'],
  'border economic cooperation zone': ['边境经济合作区', 'Border economic cooperation zone'],
  'cross-border economic cooperation zone': ['跨境经济合作区', 'Cross-border economic cooperation zone'],
  'airport economy zone': ['临空经济示范区', 'Airport economy demonstration zone'],
  'key development and opening-up pilot zone': ['重点开发开放试验区', 'Key development and opening-up pilot zone'],
  'exhibition centre': ['会展场馆', 'Exhibition and convention venue'],
};

/**
 * `describe(kind, location, national)` → `[zh, en]`, e.g. `位于浙江省宁波市的经济技术开发区。` and
 * `Economic and technological development zone in Ningbo, Zhejiang.`, with 国家级 / National-level
 * when `national`. Both end with a full stop. Throws for a kind without labels or an unknown place.
 */
export type Describe = (kind: string, location: string, national: boolean) => [zh: string, en: string];

/** A {@link Describe} over these places (a place is named with its parents: 浙江省宁波市). */
export function createDescribe(places: ReadonlyMap<string, Place>): Describe {
  const place = (code: string) => places.get(code) ?? fail(`unknown place ${code}`);
  const placeEn = (code: string) => {
    const here = place(code);
    const province = place(provinceCodeOf(code));
    if (here.level === 'province') return here.en;
    const parent = place(here.parent);
    if (here.level === 'county' && parent.level === 'prefecture') return `${here.en}, ${parent.en}, ${province.en}`;
    return `${here.en}, ${province.en}`;
  };
  const placeZh = (code: string) => {
    const chain: string[] = [];
    for (let here = places.get(code); here; here = places.get(here.parent)) chain.unshift(here.name);
    return chain.join('');
  };
  return (kind, location, national) => {
    const [zh, en] = KIND_LABELS[kind] ?? fail(`no description template for kind ${kind}`);
    const enKind = national ? `National-level ${en.charAt(0).toLowerCase()}${en.slice(1)}` : en;
    return [`位于${placeZh(location)}的${national ? '国家级' : ''}${zh}。`, `${enKind} in ${placeEn(location)}.`];
  };
}
