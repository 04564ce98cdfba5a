import type { EventKind } from './event';

/**
 * The words that say an event happened, by kind, as patterns over the normalised (simplified,
 * half-width) text. Each list was written from how district news reports these happenings; see
 * tests/fixtures/events/README.md for what counts as each kind.
 */
export const EVENT_WORDS: Readonly<Record<EventKind, RegExp>> = {
  signing: /签约|签订|签署|签下|签定|缔结|达成[^,。;:]{0,12}?(?:合作|协议|共识)/gu,
  // 调研员 is a rank (一级调研员), 调研组 still a visit (`带领调研组`).
  visit: /调研(?!员)|考察|视察|走访|参观|莅临|赴/gu,
  meeting: /座谈会|座谈|会见|会谈|会晤|洽谈会|推介会|恳谈会|对接会|研讨会|论坛|峰会|联席会议|工作会议|推进会|大会/gu,
  opening: /揭牌|开工|开园|开幕|投产|启用|挂牌|奠基|封顶|竣工|开业|落成|开通运营|正式运营/gu,
  appointment: /任命|当选|同志任|免去|提名|出任|接任|履新|不再担任/gu,
};

/**
 * Words that, with a meeting word, show people meet or speak (a sentence that only names a forum,
 * `积极参与论坛`, tells no meeting): speaking, chairing, attending, holding.
 */
export const MEETING_ACTS = /指出|表示|强调|致辞|讲话|主持|出席|会见|会谈|会晤|介绍|发言|召开|举行|举办|参加|座谈|上/u;

/** Verbs of going that come before the place visited (`赴宁波调研`, `到南京考察`, `来到园区`). */
export const GOING_WORDS = /赴|来到|前往|莅临|走进|深入|到|来/gu;

/**
 * Amounts an event sentence may give, as written: money invested or signed (`总投资50亿元`,
 * `签约金额达120亿元`) and counts of projects (`签约项目12个`, `15个项目`).
 */
export const AMOUNTS =
  /(?:总投资|投资总额|投资额|投资|签约金额|合同金额|协议金额|总金额|总额|金额)(?:约|达|超|超过|逾|近|为)?[0-9]+(?:\.[0-9]+)?(?:亿|万)(?:元|美元|人民币)?|签约项目[0-9]+个|[0-9]+个(?:重点|签约)?项目/gu;
