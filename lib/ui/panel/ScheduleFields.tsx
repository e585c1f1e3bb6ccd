import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type KickoffSchedule, MAX_EVERY_WEEKS } from '../../core/pathway/kickoff-schedule';
import { proposedHosts, type ScheduleProposal } from '../../core/pathway/schedule-proposal';
import { addDays, localParts, weekdayOf } from '../../core/pathway/zoned-time';

interface ScheduleFieldsProps {
  proposal: ScheduleProposal;
  /** What the host kept already in this meeting, if anything. */
  schedule: KickoffSchedule | undefined;
  onKeep: (schedule: KickoffSchedule) => void;
  /** The host's zone; the times are the crew's clock times there. */
  timeZone?: string;
}

// Monday first, as the crews' calendars mostly show a week.
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

function weekdayName(day: number): string {
  // 4 Jan 2026 was a Sunday: day 0.
  const date = new Date(Date.UTC(2026, 0, 4 + day, 12));
  return new Intl.DateTimeFormat(i18n.t('locale') || 'en', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(date);
}

function draftFrom(proposal: ScheduleProposal, timeZone: string): KickoffSchedule {
  const { date, time } = localParts(Date.parse(proposal.nextStart), timeZone);
  return { nextDate: date, time, everyWeeks: proposal.everyWeeks, timeZone };
}

/** The hosts in session order, up to the first session nobody can host (positions must hold). */
function hostOrder(hosts: { hostId: string | undefined }[]): string[] {
  const end = hosts.findIndex((row) => row.hostId === undefined);
  return hosts.slice(0, end < 0 ? hosts.length : end).map((row) => row.hostId ?? '');
}

const same = (a: KickoffSchedule | undefined, b: KickoffSchedule) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * The kickoff's "Schedule and hosting" (issue 10): what the crew agrees, as fields, proposed from
 * the series as planned and the fair rotation. Kept with the meeting when the host says so; the
 * series follows it when the meeting ends (lib/core/pathway/kickoff-schedule.ts).
 */
export function ScheduleFields({
  proposal,
  schedule,
  onKeep,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
}: ScheduleFieldsProps) {
  const [draft, setDraft] = useState<KickoffSchedule>(
    () => schedule ?? draftFrom(proposal, timeZone),
  );
  // The host's own choices by session; the sessions after one follow the rotation from there.
  const [chosen, setChosen] = useState<Record<string, string>>(() => {
    const kept = schedule?.hostIds ?? [];
    const rows = proposedHosts(proposal);
    return Object.fromEntries(
      rows.flatMap((row, i) => (kept[i] ? [[row.sessionId, kept[i] as string]] : [])),
    );
  });
  const hosts = proposedHosts(proposal, chosen);
  const current: KickoffSchedule =
    Object.keys(chosen).length > 0 ? { ...draft, hostIds: hostOrder(hosts) } : draft;
  const change = (patch: Partial<KickoffSchedule>) => setDraft({ ...draft, ...patch });
  const setWeekday = (day: number) =>
    change({ nextDate: addDays(draft.nextDate, (day - weekdayOf(draft.nextDate) + 7) % 7) });
  const setHost = (sessionId: string, hostId: string) =>
    setChosen({ ...chosen, [sessionId]: hostId });

  return (
    <form
      class="ck-schedule"
      aria-labelledby="ck-schedule-title"
      onSubmit={(event) => {
        event.preventDefault();
        onKeep(current);
      }}
    >
      <h3 id="ck-schedule-title" class="ck-schedule__title">
        {i18n.t('panel.schedule.title')}
      </h3>
      <div class="ck-schedule__grid">
        <label for="ck-schedule-day">{i18n.t('panel.schedule.weekday')}</label>
        <select
          id="ck-schedule-day"
          class="ck-select"
          value={String(weekdayOf(draft.nextDate))}
          onChange={(e) => setWeekday(Number(e.currentTarget.value))}
        >
          {WEEKDAYS.map((day) => (
            <option key={day} value={String(day)}>
              {weekdayName(day)}
            </option>
          ))}
        </select>
        <label for="ck-schedule-time">{i18n.t('panel.schedule.time', { zone: timeZone })}</label>
        <input
          id="ck-schedule-time"
          class="ck-input"
          type="time"
          required
          value={draft.time}
          onInput={(e) => e.currentTarget.value && change({ time: e.currentTarget.value })}
        />
        <label for="ck-schedule-weeks">{i18n.t('panel.schedule.everyWeeks')}</label>
        <input
          id="ck-schedule-weeks"
          class="ck-input"
          type="number"
          min={1}
          max={MAX_EVERY_WEEKS}
          required
          value={draft.everyWeeks}
          onInput={(e) => {
            // Mid-typing (an emptied field) keeps the last whole number in range.
            const weeks = Number(e.currentTarget.value);
            if (Number.isInteger(weeks) && weeks >= 1 && weeks <= MAX_EVERY_WEEKS) {
              change({ everyWeeks: weeks });
            }
          }}
        />
        <label for="ck-schedule-next">{i18n.t('panel.schedule.nextDate')}</label>
        <input
          id="ck-schedule-next"
          class="ck-input"
          type="date"
          required
          value={draft.nextDate}
          onInput={(e) => e.currentTarget.value && change({ nextDate: e.currentTarget.value })}
        />
      </div>
      {hosts.length > 0 && (
        <fieldset class="ck-schedule__hosts">
          <legend>{i18n.t('panel.schedule.hosts')}</legend>
          <p class="ck-muted ck-notes__hint">{i18n.t('panel.schedule.hostsHint')}</p>
          <div class="ck-schedule__grid">
            {hosts.map((row) => (
              <HostChoice
                key={row.sessionId}
                index={row.index}
                value={row.hostId ?? ''}
                members={proposal.members}
                onChange={(hostId) => setHost(row.sessionId, hostId)}
              />
            ))}
          </div>
        </fieldset>
      )}
      <div class="ck-row">
        <button type="submit" class="ck-button">
          {i18n.t('panel.schedule.keep')}
        </button>
      </div>
      <p class="ck-muted ck-notes__hint" role="status">
        {same(schedule, current) ? i18n.t('panel.schedule.kept') : ''}
      </p>
    </form>
  );
}

function HostChoice({
  index,
  value,
  members,
  onChange,
}: {
  index: number;
  value: string;
  members: ScheduleProposal['members'];
  onChange: (hostId: string) => void;
}) {
  const id = `ck-schedule-host-${index}`;
  return (
    <>
      <label for={id}>{i18n.t('panel.schedule.hostOf', { index })}</label>
      <select
        id={id}
        class="ck-select"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </>
  );
}
