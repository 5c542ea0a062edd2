// @vitest-environment jsdom
// The composer tracker on a page in jsdom: it tells its listener when focus or typing may have changed something,
// knows when the agent is in a composer (the moment the coach is loaded), reads the draft with its map and the
// conversation, and follows the settings (a site switched off has no composer).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ComposerTracker, type TrackerListener } from '../../src/content/tracker.js';

function page() {
  const { window } = new JSDOM(
    `<!doctype html><body>
      <div data-reply-coach-customer="Dana Smith">My order is late again.</div>
      <textarea id="reply" name="reply"></textarea>
      <p id="elsewhere" tabindex="0">Not a composer</p>
    </body>`,
    { url: 'http://127.0.0.1:5173/ticket/1', pretendToBeVisual: true },
  );
  const doc = window.document;
  const tracker = new ComposerTracker(doc);
  const heard: Array<number | null> = [];
  const listener: TrackerListener = { changed: (delay) => heard.push(delay) };
  tracker.setListener(listener);
  return { window, doc, tracker, heard, reply: doc.getElementById('reply') as HTMLTextAreaElement };
}

describe('ComposerTracker', () => {
  it('focus in a composer is heard at once, and the agent is then in it', () => {
    const { doc, tracker, heard, reply } = page();
    expect(tracker.agentInComposer()).toBe(false);
    (doc.getElementById('elsewhere') as HTMLElement).focus();
    expect(tracker.agentInComposer()).toBe(false);
    reply.focus();
    expect(heard.at(-1)).toBe(0);
    expect(tracker.agentInComposer()).toBe(true);
  });

  it('typing is heard as "after a pause", and stamps the time of the last edit', () => {
    const { window, tracker, heard, reply } = page();
    reply.focus();
    const before = tracker.lastEditAt;
    reply.value = 'Hello';
    reply.dispatchEvent(new window.Event('input', { bubbles: true }));
    expect(heard.at(-1)).toBeNull();
    expect(tracker.lastEditAt).toBeGreaterThan(before);
  });

  it('reads the draft with its map back to the field, and the conversation', () => {
    const { tracker, reply } = page();
    reply.focus();
    reply.value = '  Sorry, Dana. Sorry again.  ';
    const reading = tracker.read()!;
    expect(reading.composer.element).toBe(reply);
    expect(reading.draft.text).toBe('Sorry, Dana. Sorry again.');
    const second = reading.draft.text.lastIndexOf('Sorry');
    expect(reading.draft.toDom(second, second + 5)).toEqual({ start: reply.value.lastIndexOf('Sorry'), end: reply.value.lastIndexOf('Sorry') + 5 });
    expect(reading.context.customerMessage).toBe('My order is late again.');
    expect(reading.context.customerFirstName).toBe('Dana');
  });

  it('a site switched off in the settings has no composer', () => {
    const { tracker, reply } = page();
    reply.focus();
    expect(tracker.siteId).toBe('generic');
    tracker.useSiteSettings({ enabledOrigins: [], disabledSites: ['generic'] });
    expect(tracker.siteId).toBeNull();
    expect(tracker.read()).toBeNull();
    expect(tracker.agentInComposer()).toBe(false);
  });

  it('the pointer over a composer counts, over anything else not', () => {
    const { doc, tracker, reply } = page();
    expect(tracker.isInComposer(reply)).toBe(true);
    expect(tracker.isInComposer(doc.getElementById('elsewhere')!)).toBe(false);
  });
});
