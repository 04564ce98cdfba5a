import { describe, expect, it } from 'vitest';
import { isAnnotatableFrame, type FrameWindow } from '../../lib/dom/frame-origin';

const at = (origin: string) => ({ location: { origin } });

describe('isAnnotatableFrame', () => {
  it('annotates the top document', () => {
    const win = { ...at('https://news.example'), top: null } as FrameWindow;
    const self = at('https://news.example') as { top?: unknown; location: { origin: string } };
    self.top = self;
    expect(isAnnotatableFrame(win)).toBe(true);
    expect(isAnnotatableFrame(self as FrameWindow)).toBe(true);
  });

  it("annotates a frame of the site's own origin (an embedded article)", () => {
    expect(isAnnotatableFrame({ ...at('https://news.example'), top: at('https://news.example') })).toBe(true);
  });

  it("leaves another site's frame alone: the browser refuses to read its top's location", () => {
    const crossOriginTop = {
      get location(): { origin: string } {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    };
    expect(isAnnotatableFrame({ ...at('https://ads.example'), top: crossOriginTop })).toBe(false);
  });

  it('leaves a frame alone whose top is readable but of another origin', () => {
    expect(isAnnotatableFrame({ ...at('https://widget.example'), top: at('https://news.example') })).toBe(false);
  });
});
