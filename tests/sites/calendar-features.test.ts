// @vitest-environment happy-dom
// The badge and dialog features on fixture pages, with a fake background: what a user sees.
import { afterEach, describe, expect, test } from 'vitest';
import type { SessionBadge } from '../../lib/core/calendar-session';
import type { CalendarBackend, ChipRef } from '../../lib/features/calendar/backend';
import { badgeFeature } from '../../lib/features/calendar/badges';
import { dialogActionFeature } from '../../lib/features/calendar/dialog-action';
import { calendarPageKind } from '../../lib/features/calendar/index';
import type { CalendarDialogState } from '../../lib/messaging/protocol';
import { type CalendarFixture, loadCalendarFixture } from './calendar-fixtures';

const CREW = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const frames = () => new Promise((resolve) => setTimeout(resolve, 60));
let controller = new AbortController();
afterEach(() => controller.abort());

function fakeBackend(tagged: Record<string, Partial<SessionBadge>>) {
  const batches: ChipRef[][] = [];
  const listeners = new Set<() => void>();
  const badgeOf = (eventId: string): SessionBadge | null => {
    const extra = tagged[eventId];
    return extra
      ? {
          crewId: 'c',
          crewName: 'Tuesday Crew',
          sessionId: `s-${eventId}`,
          index: 1,
          of: 6,
          ...extra,
        }
      : null;
  };
  const backend: CalendarBackend = {
    badges(chips) {
      batches.push([...chips]);
      const found = new Map(chips.map((c) => [c.eventId, badgeOf(c.eventId)]));
      return { known: new Map(), later: Promise.resolve(found) };
    },
    mayBeTagged: () => true,
    dialog: async (event): Promise<CalendarDialogState> => ({
      badge: badgeOf(event.eventId),
      members: [{ id: 'm-chiara', name: 'Chiara' }],
      crews: badgeOf(event.eventId)
        ? []
        : [
            {
              id: 'c',
              name: 'Tuesday Crew',
              members: [{ id: 'm-ada', name: 'Ada' }],
              index: 2,
              of: 6,
              hostId: 'm-ada',
            },
          ],
    }),
    tag: async () => null,
    skip: async () => null,
    changeHost: async () => null,
    removeTag: async () => {},
    onChange: (listener) => listeners.add(listener),
  };
  return { backend, batches };
}

const badges = () =>
  [...document.querySelectorAll('crewkit-badge')].map(
    (host) => host.getAttribute('aria-label') ?? '',
  );

function start(file: CalendarFixture, tagged: Record<string, Partial<SessionBadge>>) {
  loadCalendarFixture(file);
  controller = new AbortController();
  const fake = fakeBackend(tagged);
  badgeFeature.init(controller.signal, { backend: fake.backend });
  return fake;
}

describe('badges', () => {
  test('week view: a badge on the tagged chip only, one message for all chips', async () => {
    const { batches } = start('week-de.html', {
      [`${CREW}_20261201T180000Z`]: { index: 3, hostName: 'Chiara' },
    });
    await frames();
    expect(badges()).toEqual(['Tuesday Crew · 3 of 6 · Chiara hosts']);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((c) => c.eventId)).toHaveLength(4); // the task never leaves the page
    // the badge sits inside the chip's button, so a click on it opens Google's dialog
    const host = document.querySelector('crewkit-badge');
    expect(host?.closest('[role="button"]')?.getAttribute('data-eventchip')).not.toBeNull();
  });

  test('month view: instances of a recurring event, each in its inner button, full text as tooltip', async () => {
    const tagged = Object.fromEntries(
      ['20261201', '20261208', '20261215'].map((d, i) => [
        `${CREW}_${d}T180000Z`,
        { index: i + 1, hostName: ['Ada', 'Bashir', 'Chiara'][i] },
      ]),
    );
    start('month.html', tagged);
    await frames();
    expect(badges()).toEqual([
      'Tuesday Crew · 1 of 6 · Ada hosts',
      'Tuesday Crew · 2 of 6 · Bashir hosts',
      'Tuesday Crew · 3 of 6 · Chiara hosts',
    ]);
    for (const host of document.querySelectorAll('crewkit-badge')) {
      expect(host.parentElement?.getAttribute('data-stacked-layout-chip')).toBe('true');
      // the pill is a note named by the sentence, which is also its tooltip
      expect(host.getAttribute('role')).toBe('note');
      expect(host.getAttribute('title')).toBe(host.getAttribute('aria-label'));
    }
    // Light DOM badges share one style element for the page, however many are drawn.
    expect(document.querySelectorAll('style#crewkit-badge-style')).toHaveLength(1);
  });

  test('slide animation: both weeks badged once each; a recycled chip is re-badged', async () => {
    const { batches } = start('week-slide.html', {
      [`${CREW}_20261124T180000Z`]: { index: 1, hostName: 'Ada' },
      [`${CREW}_20261201T180000Z`]: { index: 2, hostName: 'Bashir' },
    });
    await frames();
    expect(badges()).toEqual([
      'Tuesday Crew · 1 of 6 · Ada hosts',
      'Tuesday Crew · 2 of 6 · Bashir hosts',
    ]);
    // unrelated changes hand nothing over again
    document.body.append(document.createElement('div'));
    await frames();
    expect(batches).toHaveLength(1);
    // Calendar reuses the old week's chip for an event that is no crew session
    const chip = document.querySelector('[data-eventchip]') as Element;
    chip.setAttribute('data-eventid', btoa('3kd9vme0l2p7b4q1s8t6u5w0xy alex.rivera@m'));
    await frames();
    expect(badges()).toEqual(['Tuesday Crew · 2 of 6 · Bashir hosts']);
    expect(batches).toHaveLength(2);
  });

  test('a hostile crew name is shown as text', async () => {
    start('week-basic.html', {
      '3kd9vme0l2p7b4q1s8t6u5w0xy': { crewName: '<img src=x onerror=alert(1)>', hostName: 'Ada' },
    });
    await frames();
    const pill = document.querySelector('crewkit-badge');
    // the whole sentence (its name) and the form it shows are both text
    expect(pill?.getAttribute('aria-label')).toBe(
      '<img src=x onerror=alert(1)> · 1 of 6 · Ada hosts',
    );
    expect(pill?.textContent).toBe('<img src=x onerror=alert(1)> · 1 of 6 · Ada hosts');
    expect(pill?.querySelector('img')).toBeNull();
  });

  test('an unrecognised page: nothing added, nothing asked', async () => {
    const { batches } = start('unrecognised.html', {});
    await frames();
    expect(document.querySelectorAll('crewkit-badge')).toHaveLength(0);
    expect(batches).toEqual([]);
  });
});

describe('the dialog action', () => {
  const panelText = () =>
    document.querySelector('crewkit-dialog-action')?.shadowRoot?.textContent ?? '';

  test('an untagged event offers "Make this a crew session" with number and proposed host', async () => {
    loadCalendarFixture('dialog-opening.html');
    controller = new AbortController();
    const { backend } = fakeBackend({});
    dialogActionFeature.init(controller.signal, { backend });
    await frames();
    const root = document.querySelector('crewkit-dialog-action')?.shadowRoot as ShadowRoot;
    // placed right under the date and time, inside Google's dialog
    expect(document.querySelector('#xDetDlgWhen + crewkit-dialog-action')).not.toBeNull();
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(panelText()).toContain('Session 2 of 6');
    expect((root.querySelector('select') as HTMLSelectElement).value).toBe('m-ada');
    expect(panelText()).toContain('Every session of this repeating event is tagged');
  });

  test('a tagged event shows its badge, "Change host" and "Remove tag"; closing removes it', async () => {
    loadCalendarFixture('dialog-loaded.html');
    controller = new AbortController();
    const { backend } = fakeBackend({
      [`${CREW}_20261201T180000Z`]: { index: 1, hostName: 'Ada' },
    });
    dialogActionFeature.init(controller.signal, { backend });
    await frames();
    expect(panelText()).toContain('Tuesday Crew · 1 of 6 · Ada hosts');
    expect(panelText()).toContain('Change host');
    expect(panelText()).toContain('Remove tag');
    document.querySelector('[role="dialog"]')?.remove();
    await frames();
    expect(document.querySelector('crewkit-dialog-action')).toBeNull();
  });
});

describe('navigation', () => {
  test('the features restart only when the kind of page changes, not for the next week', () => {
    const base = 'https://calendar.google.com/calendar/u/0/r';
    const kinds = [
      `${base}/week/2026/12/1`,
      `${base}/week/2026/12/8`,
      `${base}/month/2026/12/1`,
      base,
      `${base}/year/2026`,
      `${base}/settings`,
      `${base}/eventedit/abc`,
    ].map(calendarPageKind);
    expect(kinds).toEqual(['chips', 'chips', 'chips', 'chips', 'calendar', 'calendar', 'calendar']);
  });

  test('chips of the next week are badged by the same feature, without a restart', async () => {
    const { batches } = start('week-basic.html', {
      '3kd9vme0l2p7b4q1s8t6u5w0xy': { hostName: 'Ada' },
      nextweekcrew0001: { index: 2, hostName: 'Bashir' },
    });
    await frames();
    expect(badges()).toEqual(['Tuesday Crew · 1 of 6 · Ada hosts']);
    // Calendar replaces the grid: the old week goes, the next one comes with its own chips.
    const main = document.querySelector('[role="main"]') as Element;
    const next = main.cloneNode(true) as Element;
    for (const chip of next.querySelectorAll('[data-eventchip]')) chip.remove();
    const chip = document.createElement('div');
    chip.setAttribute('role', 'button');
    chip.setAttribute('data-eventchip', '');
    chip.setAttribute('data-eventid', btoa('nextweekcrew0001 alex.rivera@m'));
    next.querySelector('[data-column-index]')?.append(chip);
    main.replaceWith(next);
    await frames();
    expect(badges()).toEqual(['Tuesday Crew · 2 of 6 · Bashir hosts']);
    expect(batches).toHaveLength(2);
  });

  test("a known week's badges are drawn in the change's own observer callback, before any frame", async () => {
    loadCalendarFixture('week-basic.html');
    controller = new AbortController();
    const { backend } = fakeBackend({});
    const bashir: SessionBadge = {
      crewId: 'c',
      crewName: 'Tuesday Crew',
      sessionId: 's-2',
      index: 2,
      of: 6,
      hostName: 'Bashir',
    };
    // The tag index is loaded: answers come at once, no message (backend.ts).
    backend.badges = (chips) => ({
      known: new Map(
        chips.map((c) => [c.eventId, c.eventId === 'nextweekcrew0001' ? bashir : null]),
      ),
      later: null,
    });
    badgeFeature.init(controller.signal, { backend });
    const main = document.querySelector('[role="main"]') as Element;
    const next = main.cloneNode(true) as Element;
    const chip = document.createElement('div');
    chip.setAttribute('role', 'button');
    chip.setAttribute('data-eventchip', '');
    chip.setAttribute('data-eventid', btoa('nextweekcrew0001 alex.rivera@m'));
    next.querySelector('[data-column-index]')?.append(chip);
    // The page's own observer, made after Crewkit's (as a page script's would be), sees the
    // badge in the same round of observer callbacks as the grid's replacement.
    let seenWithReplacement: number | null = null;
    const page = new MutationObserver(() => {
      seenWithReplacement ??= chip.querySelectorAll('crewkit-badge').length;
    });
    page.observe(document.body, { childList: true, subtree: true });
    main.replaceWith(next);
    await Promise.resolve();
    await Promise.resolve();
    page.disconnect();
    expect(seenWithReplacement).toBe(1);
    expect(chip.querySelector('crewkit-badge')?.getAttribute('aria-label')).toBe(
      'Tuesday Crew · 2 of 6 · Bashir hosts',
    );
  });
});
