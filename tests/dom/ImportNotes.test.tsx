// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportNotes } from '../../components/ImportNotes';

const requestStore = vi.hoisted(() => vi.fn());
vi.mock('../../lib/store/store-client', () => ({ requestStore }));

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  requestStore.mockReset();
});
afterEach(() => {
  render(null, container);
  container.remove();
});

/** Picks `text` as the import file, the way the reader's file dialog would. */
function chooseFile(text: string) {
  const input = container.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'notes.json', { type: 'application/json' })],
    configurable: true,
  });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const summary = (changed: number) => ({ format: 'json', added: 2, duplicates: 1, changed, replaceChanged: false });

describe('ImportNotes', () => {
  it('previews the file first and writes only after the reader confirms', async () => {
    const onImported = vi.fn();
    render(<ImportNotes onImported={onImported} />, container);
    requestStore.mockResolvedValueOnce(summary(1));
    chooseFile('{"format":"district-lens-notes"}');
    await vi.waitFor(() => expect(container.textContent).toContain('2 new, 1 already here, 1 changed'));
    expect(requestStore).toHaveBeenLastCalledWith('notes:import', expect.objectContaining({ dryRun: true }));
    expect(onImported).not.toHaveBeenCalled();

    (container.querySelector('.import__preview input[type=checkbox]') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0)); // let Preact re-render with the new choice
    requestStore.mockResolvedValueOnce({ ...summary(1), replaceChanged: true });
    (container.querySelector('.import__actions .button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(container.textContent).toContain('Imported 3 notes.'));
    expect(requestStore).toHaveBeenLastCalledWith(
      'notes:import',
      expect.objectContaining({ dryRun: false, replaceChanged: true }),
    );
    expect(onImported).toHaveBeenCalledOnce();
  });

  it("shows the store's error for a bad file and imports nothing", async () => {
    const onImported = vi.fn();
    render(<ImportNotes onImported={onImported} />, container);
    requestStore.mockRejectedValueOnce(new Error('This file is not JSON: it is cut off or not an export.'));
    chooseFile('not json');
    await vi.waitFor(() => expect(container.querySelector('[role=alert]')?.textContent).toContain('not JSON'));
    expect(requestStore).toHaveBeenCalledTimes(1);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('says how many article briefs the file brings, next to the note counts, and nothing for none', async () => {
    render(<ImportNotes onImported={vi.fn()} />, container);
    requestStore.mockResolvedValueOnce({
      ...summary(0),
      articles: { added: 1, briefed: 1, unchanged: 1, briefs: 3 },
    });
    chooseFile('{"format":"district-lens-notes"}');
    await vi.waitFor(() =>
      expect(container.querySelector('.import__briefs')?.textContent).toBe(
        'Article briefs (dates and events): 3 — 1 new, 1 fill in what was missing, 1 already here',
      ),
    );
    expect(container.querySelector('.import__preview')?.textContent).toContain('2 new, 1 already here, 0 changed');

    (container.querySelectorAll('.import__actions .button')[1] as HTMLButtonElement).click();
    requestStore.mockResolvedValueOnce({ ...summary(0), articles: { added: 0, briefed: 0, unchanged: 0, briefs: 0 } });
    chooseFile('{"format":"district-lens-notes"}');
    await vi.waitFor(() => expect(container.querySelector('.import__preview')).not.toBeNull());
    expect(container.querySelector('.import__briefs')).toBeNull();
  });
});
