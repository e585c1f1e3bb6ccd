// Site-health reports belong to the page that sent them (issue 8): a note in the popup stands
// while a page open now says something is missing, and clears when that page reports healthy,
// closes, or shows another site — not six hours later.
import { describe, expect, it } from 'vitest';
import type { SenderLike } from '../messaging/receive';
import { type SiteHealthDeps, siteHealthReports } from './site-health';

/** storage.session in memory (with a record of another kind beside ours) and the open tabs. */
function fakeBrowser() {
  const session = new Map<string, unknown>([['call:9', { crewId: 'c' }]]);
  const tabs = new Map<number, string | undefined>();
  const deps: SiteHealthDeps = {
    session: {
      get: async () => Object.fromEntries(session),
      set: async (items) => {
        for (const [key, value] of Object.entries(items)) session.set(key, value);
      },
      remove: async (keys) => {
        for (const key of [keys].flat()) session.delete(key);
      },
    },
    tabUrl: async (tabId) => {
      if (!tabs.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
      return tabs.get(tabId);
    },
  };
  return { reports: siteHealthReports(deps), session, tabs };
}

const MEET = 'https://meet.google.com/abc-defg-hij';
const from = (tabId: number, url: string, frameId = 0): SenderLike => ({
  id: 'own',
  url,
  frameId,
  tab: { id: tabId, url },
});
const HOUR = 3600_000;

describe('site-health reports', () => {
  it('a degraded page shows until that page reports healthy', async () => {
    const { reports, tabs } = fakeBrowser();
    tabs.set(1, MEET);
    await reports.save({ site: 'meet', missing: ['participant-tiles'] }, from(1, MEET), 0);
    expect(await reports.problems(1000)).toEqual([
      { site: 'meet', missing: ['participant-tiles'] },
    ]);
    await reports.save({ site: 'meet', missing: [] }, from(1, MEET), 2000);
    expect(await reports.problems(3000)).toEqual([]);
  });

  it('a reloaded page that works again clears the note with its first, healthy report', async () => {
    const { reports, tabs } = fakeBrowser();
    tabs.set(1, MEET);
    await reports.save({ site: 'meet', missing: ['call-controls'] }, from(1, MEET), 0);
    // The new page in the same tab: its first report, sent even though nothing is missing.
    await reports.save({ site: 'meet', missing: [] }, from(1, `${MEET}?authuser=0`), 500);
    expect(await reports.problems(1000)).toEqual([]);
  });

  it('a healthy page in another tab does not hide the degraded one', async () => {
    const { reports, tabs } = fakeBrowser();
    tabs.set(1, MEET);
    tabs.set(2, 'https://meet.google.com/xyz-abcd-efg');
    await reports.save({ site: 'meet', missing: ['tile-names'] }, from(1, MEET), 0);
    await reports.save(
      { site: 'meet', missing: [] },
      from(2, 'https://meet.google.com/xyz-abcd-efg'),
      10,
    );
    expect(await reports.problems(20)).toEqual([{ site: 'meet', missing: ['tile-names'] }]);
  });

  it('clears when the reporting tab closes', async () => {
    const { reports, session, tabs } = fakeBrowser();
    tabs.set(1, MEET);
    await reports.save({ site: 'meet', missing: ['call-controls'] }, from(1, MEET), 0);
    await reports.forgetTab(1);
    tabs.delete(1);
    expect(await reports.problems(10)).toEqual([]);
    // Only the tab's own reports went: the call's progress beside them stays.
    expect([...session.keys()]).toEqual(['call:9']);
  });

  it('is ignored, and dropped, once the tab is gone or shows another site', async () => {
    const { reports, session, tabs } = fakeBrowser();
    const calendar = 'https://calendar.google.com/calendar/u/0/r/week';
    tabs.set(1, MEET);
    tabs.set(2, calendar);
    await reports.save({ site: 'meet', missing: ['call-controls'] }, from(1, MEET), 0);
    await reports.save({ site: 'calendar', missing: ['calendar-grid'] }, from(2, calendar), 0);
    // Tab 1 went to a site Crewkit has no access to (no URL given); tab 2 was closed unseen.
    tabs.set(1, undefined);
    tabs.delete(2);
    expect(await reports.problems(10)).toEqual([]);
    expect([...session.keys()]).toEqual(['call:9']);
  });

  it('stands while the tab stays on the same site, also after an in-page navigation', async () => {
    const { reports, tabs } = fakeBrowser();
    const week = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/1';
    tabs.set(3, week);
    await reports.save({ site: 'calendar', missing: ['event-chips'] }, from(3, week), 0);
    tabs.set(3, 'https://calendar.google.com/calendar/u/0/r/week/2026/12/8');
    expect(await reports.problems(HOUR)).toEqual([{ site: 'calendar', missing: ['event-chips'] }]);
  });

  it('names each missing signal of a site once, across its pages and frames', async () => {
    const { reports, tabs } = fakeBrowser();
    tabs.set(1, MEET);
    tabs.set(2, MEET);
    await reports.save({ site: 'meet', missing: ['tile-names'] }, from(1, MEET), 0);
    await reports.save(
      { site: 'meet', missing: ['call-controls', 'tile-names'] },
      from(2, MEET),
      0,
    );
    await reports.save({ site: 'jitsi', missing: ['conference-page'] }, from(2, MEET, 4), 0);
    expect(await reports.problems(10)).toEqual([
      { site: 'meet', missing: ['tile-names', 'call-controls'] },
      { site: 'jitsi', missing: ['conference-page'] },
    ]);
  });

  it('still ages out after six hours, and ignores a report without a tab', async () => {
    const { reports, tabs } = fakeBrowser();
    tabs.set(1, MEET);
    await reports.save({ site: 'meet', missing: ['call-controls'] }, from(1, MEET), 0);
    await reports.save({ site: 'meet', missing: ['tile-names'] }, { id: 'own', url: MEET }, 0);
    expect(await reports.problems(6 * HOUR - 1)).toEqual([
      { site: 'meet', missing: ['call-controls'] },
    ]);
    expect(await reports.problems(6 * HOUR)).toEqual([]);
  });

  it('skips a stored value that is not a report it wrote', async () => {
    const { reports, session } = fakeBrowser();
    session.set('siteHealth:5:0', { missing: 'roster' });
    expect(await reports.problems(0)).toEqual([]);
    expect(session.has('siteHealth:5:0')).toBe(false);
  });
});
