// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityEvents } from '../../components/card/EntityEvents';
import type { ArticleEvent } from '../../lib/core/brief';

const party = (
  entityId: string,
  name: string,
  type: 'city' | 'platform' | 'official',
  role: 'side' | 'visitor' | 'visited',
) => ({
  entityId,
  name,
  type,
  role,
});
const EVENTS: ArticleEvent[] = [
  {
    kind: 'signing',
    sentence: { start: 0, end: 30 },
    trigger: { start: 18, end: 20 },
    date: '2019-05-28',
    parties: [
      party('platform:hongqiao-cbd', '虹桥国际中央商务区', 'platform', 'side'),
      party('city:330200', '宁波市', 'city', 'side'),
    ],
    amounts: [],
    what: '合作协议',
  },
  {
    kind: 'visit',
    sentence: { start: 40, end: 60 },
    trigger: { start: 50, end: 52 },
    parties: [party('official:张兵', '张兵', 'official', 'visitor'), party('city:330400', '嘉兴市', 'city', 'visited')],
    amounts: [],
  },
];

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

describe("the card's events", () => {
  it("lists only the entity's own events, each going to its sentence", () => {
    const onGoTo = vi.fn();
    render(<EntityEvents entityId="city:330200" events={EVENTS} articleDate="2019-06-04" onGoTo={onGoTo} />, root);
    const lines = [...root.querySelectorAll<HTMLButtonElement>('.card__event')];
    expect(lines.map((b) => b.textContent)).toEqual(['2019-05-28 · Signing · 虹桥国际中央商务区 ↔ 宁波市 · 合作协议']);
    lines[0]!.click();
    expect(onGoTo).toHaveBeenCalledWith(EVENTS[0]);
  });

  it('shows nothing for an entity that took part in no event', () => {
    render(<EntityEvents entityId="city:310000" events={EVENTS} />, root);
    expect(root.innerHTML).toBe('');
  });
});
