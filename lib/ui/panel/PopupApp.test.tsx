// @vitest-environment happy-dom
// Issue 9: the popup lists today's and the next crew sessions with their hosts and a Join link.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../../tests/support/store';
import { PopupApp } from './PopupApp';

afterEach(cleanup);

it("shows today's session of the demo crew with its host and the event's Meet link, then the next", async () => {
  const store = await freshStore();
  expect((await store.importBackup(fixtureText('demo.json'), 'replace')).ok).toBe(true);
  // Tue 1 Dec 2026, in the morning of the first session's day (local time of the test machine)
  const first = new Date('2026-12-01T18:00:00.000Z');
  const morning = new Date(first.getFullYear(), first.getMonth(), first.getDate(), 0, 1).getTime();
  render(
    <PopupApp
      store={store}
      now={() => Math.min(morning, first.getTime() - 60_000)}
      openSidePanel={() => {}}
      openOptions={() => {}}
      canOpenSidePanel
    />,
  );
  const items = await screen.findAllByRole('listitem');
  const texts = items
    .map((item) => item.textContent ?? '')
    .filter((text) => text.includes('Tuesday Crew'));
  expect(texts).toHaveLength(2);
  expect(texts[0]).toMatch(/^Today: Tuesday Crew: .*, Ada hosts Join$/);
  expect(texts[1]).toMatch(/^Tuesday Crew: .*, Bashir hosts Join$/);
  const join = screen.getAllByRole('link', { name: 'Join the call of Tuesday Crew' })[0];
  expect(join?.getAttribute('href')).toBe('https://meet.google.com/abc-defg-hij');
});
