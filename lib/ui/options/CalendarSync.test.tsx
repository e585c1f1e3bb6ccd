// @vitest-environment happy-dom
// The description-line switch in "Google Calendar sync": it shows the new position the moment it
// is pressed (the background's answer can take a while on a busy machine), and goes back with a
// message when the background refuses.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarSyncStatus } from '../../messaging/protocol';
import { CalendarSync, type CalendarSyncBrowser } from './CalendarSync';

const ON: CalendarSyncStatus = {
  configured: true,
  enabled: true,
  signedIn: true,
  waiting: 0,
  blocked: 0,
  descriptionLine: true,
};

function browserWith(setDescriptionLine: CalendarSyncBrowser['setDescriptionLine']) {
  const refuse = () => Promise.reject(new Error('not in this test'));
  return {
    requestAccess: async () => true,
    status: async () => ON,
    turnOn: refuse,
    turnOff: refuse,
    syncNow: refuse,
    setDescriptionLine,
    sharedCrews: async () => [],
    adopt: async () => null,
    seriesToInvite: async () => [],
    freeSlots: refuse,
    invite: async () => null,
  } satisfies CalendarSyncBrowser;
}

const lineSwitch = () =>
  screen.findByRole<HTMLInputElement>('switch', {
    name: 'Also write one line in the event description',
  });

afterEach(cleanup);

describe('the description-line switch', () => {
  it('shows the new position while the background saves it, and keeps it after', async () => {
    let answer: (status: CalendarSyncStatus) => void = () => {};
    const saving = new Promise<CalendarSyncStatus>((resolve) => {
      answer = resolve;
    });
    render(<CalendarSync sync={browserWith(() => saving)} />);
    const line = await lineSwitch();
    expect(line.checked).toBe(true);
    fireEvent.click(line);
    await waitFor(() => expect(line.getAttribute('aria-checked')).toBe('false'));
    expect(line.checked).toBe(false);
    answer({ ...ON, descriptionLine: false });
    await waitFor(() => expect(line.disabled).toBe(false));
    expect(line.checked).toBe(false);
  });

  it('goes back, with a message, when the background refuses', async () => {
    render(<CalendarSync sync={browserWith(() => Promise.reject(new Error('store is closed')))} />);
    const line = await lineSwitch();
    fireEvent.click(line);
    await screen.findByText(/store is closed/);
    expect(line.checked).toBe(true);
    expect(line.getAttribute('aria-checked')).toBe('true');
  });
});
