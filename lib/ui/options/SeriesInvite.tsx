// "Send the first invitation" (issue 9, the caller's first invitation): one planned series,
// "Find times that suit everyone" (the background asks Google for free/busy then, and only
// then), the proposals as a choice that fills the series' first session, and "Create in Google
// Calendar". Members whose calendars are not shared with the caller are shown as unknown: a
// proposal never counts them as free.
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { FreeSlotsAnswer, SeriesToInvite } from '../../messaging/protocol';

export interface SeriesInviteProps {
  series: SeriesToInvite;
  busy: boolean;
  findTimes(series: SeriesToInvite): Promise<FreeSlotsAnswer>;
  /** Creates the series; `startsAt` is the chosen proposal, if any. */
  invite(series: SeriesToInvite, startsAt: string | undefined): void;
}

const PROBLEM_KEYS = {
  'no-emails': 'calendarSync.slots.noEmails',
  refused: 'calendarSync.slots.refused',
  failed: 'calendarSync.slots.failed',
} as const;

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

export function SeriesInvite({ series, busy, findTimes, invite }: SeriesInviteProps) {
  const [answer, setAnswer] = useState<FreeSlotsAnswer | null>(null);
  const [asking, setAsking] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const id = `ck-invite-${series.seriesId}`;

  const find = async () => {
    setAsking(true);
    try {
      setAnswer(await findTimes(series));
    } catch {
      setAnswer({ slots: [], asked: 0, problem: 'failed' });
    } finally {
      setAsking(false);
    }
  };

  return (
    <li class="ck-series-invite">
      <strong>{series.crewName}</strong> · {series.title}
      <p class="ck-muted" id={`${id}-start`}>
        {i18n.t('calendarSync.firstSession', { time: when(chosen ?? series.startsAt) })}
      </p>
      <p>
        <button
          type="button"
          class="ck-button"
          disabled={busy || asking}
          aria-describedby={`${id}-hint`}
          onClick={find}
        >
          {i18n.t('calendarSync.findTimes')}
        </button>{' '}
        <button
          type="button"
          class="ck-button ck-button--primary"
          disabled={busy || asking}
          aria-label={i18n.t('calendarSync.inviteLabel', {
            title: series.title,
            count: series.count,
          })}
          onClick={() => invite(series, chosen)}
        >
          {i18n.t('calendarSync.invite')}
        </button>
      </p>
      <p class="ck-muted" id={`${id}-hint`}>
        {i18n.t('calendarSync.findTimesHint')}
      </p>
      {answer?.problem && (
        <p class="ck-error" role="alert">
          {i18n.t(PROBLEM_KEYS[answer.problem])}
        </p>
      )}
      {answer && !answer.problem && answer.slots.length === 0 && (
        <p role="status">{i18n.t('calendarSync.slots.none')}</p>
      )}
      {answer && answer.slots.length > 0 && (
        <fieldset class="ck-series-invite__slots">
          <legend>{i18n.t('calendarSync.slots.legend', { title: series.title })}</legend>
          {answer.slots.map((slot) => (
            <p key={slot.start}>
              <input
                type="radio"
                id={`${id}-${slot.start}`}
                name={`${id}-slot`}
                value={slot.start}
                checked={chosen === slot.start}
                onChange={() => setChosen(slot.start)}
              />{' '}
              <label for={`${id}-${slot.start}`}>
                {i18n.t('calendarSync.slots.free', {
                  time: when(slot.start),
                  free: slot.freeFor,
                  visible: slot.visible,
                })}
                {slot.busy.length > 0 &&
                  ` · ${i18n.t('calendarSync.slots.busy', { names: slot.busy.join(', ') })}`}
                {slot.unknown.length > 0 &&
                  ` · ${i18n.t('calendarSync.slots.unknown', { names: slot.unknown.join(', ') })}`}
              </label>
            </p>
          ))}
          <p class="ck-muted">{i18n.t('calendarSync.slots.unknownHint')}</p>
        </fieldset>
      )}
    </li>
  );
}
