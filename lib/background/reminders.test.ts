// Reminders are alarms named by crew and session: a worker started only by the alarm (the one
// that scheduled it stopped long ago, module state gone) rebuilds the notification from the
// store alone, and a click opens the session's call.
import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import { REMINDER_PREFIX } from '../core/reminder-plan';
import {
  onReminderAlarm,
  onReminderClicked,
  type ReminderDeps,
  saveReminderSettings,
} from './reminders';

async function setup() {
  const store = freshStore();
  expect((await (await store).importBackup(fixtureText('demo.json'), 'replace')).ok).toBe(true);
  const crew = await (await store).getCrew('tuesday-crew');
  if (crew) {
    const members = crew.members.map((m) =>
      m.name === 'Chiara' ? { ...m, email: 'chiara@example.org' } : m,
    );
    await (await store).putCrew({ ...crew, members });
  }
  const alarms = new Map<string, { when?: number; periodInMinutes?: number }>();
  const local = new Map<string, unknown>();
  const shown: { id: string; title: string; message: string }[] = [];
  const opened: string[] = [];
  const sessions = await (await store).listSessions('tuesday-crew');
  const third = sessions.find((s) => s.index === 3 && s.seriesId);
  const start = Date.parse(third?.calendarRef?.start ?? third?.startsAt ?? '');
  /** A worker's deps: nothing kept between two of them except what the browser keeps. */
  const worker = (now: number): ReminderDeps => ({
    store,
    local: {
      get: async (key) => (local.has(key) ? { [key]: structuredClone(local.get(key)) } : {}),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
      },
    },
    alarms: {
      create: (name, info) => alarms.set(name, info),
      clear: (name) => alarms.delete(name),
      getAll: async () => [...alarms.keys()].map((name) => ({ name })),
    },
    notifications: {
      create: (id, options) => shown.push({ id, title: options.title, message: options.message }),
    },
    openTab: (url) => opened.push(url),
    now: () => now,
  });
  return { alarms, shown, opened, third, start, worker, store };
}

describe('reminders', () => {
  it('a reminder scheduled by one worker fires in a later one, with crew, number and host', async () => {
    const { alarms, shown, opened, third, start, worker } = await setup();
    const scheduled = await saveReminderSettings(worker(start - 2 * 86_400_000), {
      enabled: true,
      minutesBefore: 10,
      myEmail: 'chiara@example.org',
    });
    expect(scheduled).toBeGreaterThan(0);
    const name = `${REMINDER_PREFIX}before:tuesday-crew:${third?.id}`;
    expect(alarms.get(name)).toEqual({ when: start - 10 * 60_000 });

    // Much later, a fresh worker is woken by the alarm alone.
    await onReminderAlarm(worker(start - 10 * 60_000), name);
    expect(shown).toEqual([
      expect.objectContaining({
        id: name,
        title: 'Tuesday Crew · session 3 of 6 starts in 10 min · Chiara hosts',
      }),
    ]);
    await onReminderClicked(worker(start - 9 * 60_000), name);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^https:\/\/meet\.google\.com\//);
  });

  it('the host gets "you host today" with the agenda on the morning of their session', async () => {
    const { alarms, shown, third, start, worker } = await setup();
    await saveReminderSettings(worker(start - 2 * 86_400_000), {
      enabled: true,
      minutesBefore: 10,
      myEmail: 'chiara@example.org',
    });
    const name = `${REMINDER_PREFIX}host-morning:tuesday-crew:${third?.id}`;
    const when = alarms.get(name)?.when ?? 0;
    expect(new Date(when).getHours()).toBe(8);
    await onReminderAlarm(worker(when), name);
    expect(shown[0]?.title).toBe('You host Tuesday Crew today (session 3)');
    expect(shown[0]?.message).toMatch(/min · /);
  });

  it('turned off: the alarms go and a stray one shows nothing', async () => {
    const { alarms, shown, third, start, worker } = await setup();
    await saveReminderSettings(worker(start - 86_400_000), { enabled: true, minutesBefore: 10 });
    await saveReminderSettings(worker(start - 86_400_000), { enabled: false, minutesBefore: 10 });
    expect([...alarms.keys()].filter((n) => n.startsWith(REMINDER_PREFIX))).toEqual([]);
    await onReminderAlarm(worker(start), `${REMINDER_PREFIX}before:tuesday-crew:${third?.id}`);
    expect(shown).toEqual([]);
  });
});
