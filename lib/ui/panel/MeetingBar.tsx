import { i18n } from '#i18n';
import type { MeetingPlace, RoundEvent } from '../../core/round';

export const PHASE_MINUTES = [1, 5] as const;
/** The check-out round a meeting offers when its agenda has none (a minute or so each). */
export const OFFERED_CHECK_OUT_MINUTES = 5;

interface MeetingBarProps {
  place: MeetingPlace;
  /** An engine event, with the sentence a screen reader hears once it is done. */
  act: (event: RoundEvent, said: string) => void;
  newId: () => string;
}

/** "Check-in round · 2 of 4 speakers · 38 min left in the meeting" */
export function meetingLine(place: MeetingPlace): string {
  const minutes = Math.ceil(place.leftMs / 60_000);
  return [
    place.phase.title,
    place.speaker &&
      i18n.t('panel.meeting.speakers', place.speaker.of, {
        at: place.speaker.at,
        count: place.speaker.of,
      }),
    minutes > 0
      ? i18n.t('panel.meeting.left', minutes, { count: minutes })
      : i18n.t('panel.meeting.timeUp'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Where the meeting is, and what the host can do with the phase on now. */
export function MeetingBar({ place, act, newId }: MeetingBarProps) {
  const { phaseId, title: name } = place.phase;
  const offerCheckOut = place.upcomingPhases === 0 && !place.hasCheckOut;
  return (
    <section class="ck-meeting" aria-label={i18n.t('panel.meeting.label')}>
      {/* Not a live region: it changes every minute. Phase changes are announced on their own. */}
      <p class="ck-meeting__place" data-testid="meeting-place">
        {meetingLine(place)}
      </p>
      <fieldset class="ck-meeting__actions">
        <legend class="ck-visually-hidden">{i18n.t('panel.meeting.phaseActions')}</legend>
        {PHASE_MINUTES.map((minutes) => (
          <button
            key={minutes}
            type="button"
            class="ck-button"
            aria-label={i18n.t('panel.meeting.addMinutesLabel', minutes, { minutes, name })}
            onClick={() =>
              act(
                { type: 'addPhaseTime', phaseId, ms: minutes * 60_000 },
                i18n.t('panel.meeting.added', minutes, { minutes, name }),
              )
            }
          >
            {i18n.t('panel.meeting.addMinutes', { minutes })}
          </button>
        ))}
        <button
          type="button"
          class="ck-button"
          aria-label={i18n.t('panel.meeting.skipLabel', { name })}
          onClick={() =>
            act({ type: 'skipPhase', phaseId }, i18n.t('panel.meeting.skipped', { name }))
          }
        >
          {i18n.t('panel.meeting.skip')}
        </button>
        {offerCheckOut && (
          <button
            type="button"
            class="ck-button ck-button--primary"
            onClick={() =>
              act(
                {
                  type: 'addPhase',
                  phase: {
                    phaseId: `check-out-${newId()}`,
                    title: i18n.t('panel.meeting.checkOutTitle'),
                    minutes: OFFERED_CHECK_OUT_MINUTES,
                    phaseKind: 'check-out',
                  },
                },
                i18n.t('panel.meeting.checkOutAdded'),
              )
            }
          >
            {i18n.t('panel.meeting.addCheckOut')}
          </button>
        )}
      </fieldset>
    </section>
  );
}
