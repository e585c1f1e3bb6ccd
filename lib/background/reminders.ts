// Reminders before crew sessions (issue 9): browser alarms, one per reminder, named by
// crew and session (lib/core/reminder-plan.ts), so an alarm that fires after the service worker
// was stopped wakes a fresh one that rebuilds the notification from the store alone. Turned on
// in the options page, which asks for the optional `notifications` permission at that moment.
import { i18n } from '#i18n';
import {
  type CrewRecords,
  hostsOf,
  MORNING_HOUR,
  parseReminderId,
  planReminders,
  REMINDER_PREFIX,
  type ReminderSettings,
} from '../core/reminder-plan';
import { sessionsOfSeries } from '../core/series';
import { agendaOfSession } from '../core/starter-series';
import type { CrewkitStore } from '../store/store';

export const REMINDER_REFRESH_ALARM = 'crewkit-reminders-refresh';
const SETTINGS_KEY = 'reminders';
export const DEFAULT_REMINDERS: ReminderSettings = { enabled: false, minutesBefore: 10 };

export interface ReminderDeps {
  store: Promise<CrewkitStore>;
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number }): unknown;
    clear(name: string): unknown;
    getAll(): Promise<{ name: string }[]>;
  };
  /** Undefined while the optional permission is not granted. */
  notifications:
    | {
        create(
          id: string,
          options: { type: 'basic'; iconUrl: string; title: string; message: string },
        ): unknown;
      }
    | undefined;
  openTab(url: string): unknown;
  now: () => number;
}

export async function reminderSettings(deps: ReminderDeps): Promise<ReminderSettings> {
  const value = (await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY] as ReminderSettings | undefined;
  return value && typeof value.enabled === 'boolean' ? value : DEFAULT_REMINDERS;
}

async function records(store: CrewkitStore): Promise<CrewRecords[]> {
  return Promise.all(
    (await store.listCrews()).map(async (crew) => ({
      crew,
      series: await store.listSeries(crew.id),
      sessions: await store.listSessions(crew.id),
    })),
  );
}

/** 08:00 on the session's day, in this device's time zone. */
const morningOf = (startMs: number) => {
  const day = new Date(startMs);
  day.setHours(MORNING_HOUR, 0, 0, 0);
  return day.getTime();
};

/** Brings the alarms in line with the settings and the stored sessions. */
export async function rescheduleReminders(deps: ReminderDeps): Promise<number> {
  const settings = await reminderSettings(deps);
  const wanted = planReminders(
    await records(await deps.store),
    settings,
    deps.now(),
    morningOf,
  ).slice(0, 100);
  for (const alarm of await deps.alarms.getAll()) {
    if (alarm.name.startsWith(REMINDER_PREFIX)) await deps.alarms.clear(alarm.name);
  }
  for (const reminder of wanted) await deps.alarms.create(reminder.id, { when: reminder.at });
  if (settings.enabled) await deps.alarms.create(REMINDER_REFRESH_ALARM, { periodInMinutes: 60 });
  else await deps.alarms.clear(REMINDER_REFRESH_ALARM);
  return wanted.length;
}

export async function saveReminderSettings(
  deps: ReminderDeps,
  settings: ReminderSettings,
): Promise<number> {
  const minutesBefore = Math.min(240, Math.max(1, Math.round(settings.minutesBefore)));
  await deps.local.set({ [SETTINGS_KEY]: { ...settings, minutesBefore } });
  return rescheduleReminders(deps);
}

function callLinkOf(book: CrewRecords, sessionId: string): string | undefined {
  const session = book.sessions.find((s) => s.id === sessionId);
  if (session?.meetCode) return `https://meet.google.com/${session.meetCode}`;
  return book.crew.meetingLink;
}

/** What a reminder says, rebuilt from the store when its alarm fires. */
export async function reminderNotice(
  deps: ReminderDeps,
  id: string,
): Promise<{ title: string; message: string } | undefined> {
  const parsed = parseReminderId(id);
  if (!parsed) return undefined;
  const store = await deps.store;
  const crew = await store.getCrew(parsed.crewId);
  if (!crew) return undefined;
  const book: CrewRecords = {
    crew,
    series: await store.listSeries(crew.id),
    sessions: await store.listSessions(crew.id),
  };
  const session = book.sessions.find((s) => s.id === parsed.sessionId);
  if (session?.status !== 'planned') return undefined;
  const series = book.series.find((s) => s.id === session.seriesId);
  const of =
    series?.plannedSessions ?? sessionsOfSeries(book.sessions, session.seriesId ?? '').length;
  const hostId = session.pinnedHostId ?? hostsOf(book).get(session.id);
  const host = crew.members.find((m) => m.id === hostId)?.name ?? '';
  const link = callLinkOf(book, session.id);
  if (parsed.kind === 'host-morning') {
    const agenda = agendaOfSession(series ?? {}, session.index);
    return {
      title: i18n.t('reminders.hostToday', { crew: crew.name, index: session.index }),
      message: agenda.map((p) => `${p.minutes} min · ${p.title}`).join('\n'),
    };
  }
  const { minutesBefore } = await reminderSettings(deps);
  return {
    title: host
      ? i18n.t('reminders.before', {
          crew: crew.name,
          index: session.index,
          of,
          minutes: minutesBefore,
          host,
        })
      : i18n.t('reminders.beforeNoHost', {
          crew: crew.name,
          index: session.index,
          of,
          minutes: minutesBefore,
        }),
    message: link ? i18n.t('reminders.clickToJoin') : i18n.t('reminders.noLink'),
  };
}

export async function onReminderAlarm(deps: ReminderDeps, name: string): Promise<void> {
  if (name === REMINDER_REFRESH_ALARM) {
    await rescheduleReminders(deps);
    return;
  }
  if (!name.startsWith(REMINDER_PREFIX) || !(await reminderSettings(deps)).enabled) return;
  const notice = await reminderNotice(deps, name);
  if (notice)
    await deps.notifications?.create(name, { type: 'basic', iconUrl: 'icon/128.png', ...notice });
}

/** A click on a reminder opens the session's call. */
export async function onReminderClicked(deps: ReminderDeps, id: string): Promise<void> {
  const parsed = parseReminderId(id);
  if (!parsed) return;
  const store = await deps.store;
  const crew = await store.getCrew(parsed.crewId);
  if (!crew) return;
  const link = callLinkOf(
    { crew, series: [], sessions: await store.listSessions(crew.id) },
    parsed.sessionId,
  );
  if (link?.startsWith('https://')) await deps.openTab(link);
}
