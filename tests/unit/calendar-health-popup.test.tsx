// @vitest-environment happy-dom
// Calendar's missing signals reach the user as the other sites' do: the popup names the site and,
// in words, what was not found (lib/ui/panel/PopupApp.tsx), never a code.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { PopupApp } from '../../lib/ui/panel/PopupApp';

afterEach(cleanup);

it('a degraded Calendar page is named with what was missing, and what that means there', () => {
  render(
    <PopupApp
      store={null}
      now={() => 0}
      openSidePanel={() => {}}
      openOptions={() => {}}
      canOpenSidePanel
      degraded={[
        { site: 'calendar', missing: ['calendar-grid', 'event-chips', 'event-dialog-id'] },
      ]}
    />,
  );
  const note = screen.getByRole('status');
  expect(note.textContent).toBe(
    'Google Calendar support degraded. Crewkit could not find the calendar grid, which events the ' +
      'calendar shows, which event the open dialog shows on the page, so crew sessions may show no ' +
      'badge and the event dialog no crew actions.',
  );
});
