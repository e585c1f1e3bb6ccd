import { i18n } from '#i18n';
import type { RoundEvent } from '../../core/round';

export const ADD_TIME_MS = 30_000;

interface ControlsProps {
  isPaused: boolean;
  /** Pass only makes sense for a person's turn, not an agenda phase. */
  canPass: boolean;
  canGoBack: boolean;
  /** Who comes next, for the Next button's accessible description. */
  nextName: string | null;
  /** In a meeting, End ends the whole meeting (a phase is skipped from the meeting bar). */
  endsMeeting?: boolean;
  dispatch: (event: RoundEvent) => void;
}

/** Pause/resume, next, pass, +30 s, back, end: plain buttons, in the order a host reaches for them. */
export function Controls({
  isPaused,
  canPass,
  canGoBack,
  nextName,
  endsMeeting = false,
  dispatch,
}: ControlsProps) {
  return (
    <fieldset class="ck-controls">
      <legend class="ck-visually-hidden">{i18n.t('panel.controls.label')}</legend>
      <button
        type="button"
        class="ck-button ck-button--primary ck-controls__main"
        onClick={() => dispatch({ type: isPaused ? 'resume' : 'pause' })}
      >
        {isPaused ? i18n.t('panel.controls.resume') : i18n.t('panel.controls.pause')}
      </button>
      <button
        type="button"
        class="ck-button ck-controls__main"
        title={
          nextName
            ? i18n.t('panel.controls.nextIs', { name: nextName })
            : i18n.t('panel.controls.nextEnds')
        }
        onClick={() => dispatch({ type: 'next' })}
      >
        {i18n.t('panel.controls.next')}
      </button>
      {canPass && (
        <button
          type="button"
          class="ck-button"
          title={i18n.t('panel.controls.passHint')}
          onClick={() => dispatch({ type: 'pass' })}
        >
          {i18n.t('panel.controls.pass')}
        </button>
      )}
      <button
        type="button"
        class="ck-button"
        // The name starts with what the button shows, so "click +30 s" works by voice (WCAG 2.5.3).
        aria-label={i18n.t('panel.controls.addTimeLabel')}
        onClick={() => dispatch({ type: 'addTime', ms: ADD_TIME_MS })}
      >
        {i18n.t('panel.controls.addTime')}
      </button>
      <button
        type="button"
        class="ck-button"
        disabled={!canGoBack}
        onClick={() => dispatch({ type: 'back' })}
      >
        {i18n.t('panel.controls.back')}
      </button>
      <button
        type="button"
        class="ck-button ck-button--quiet"
        onClick={() => dispatch({ type: 'end' })}
      >
        {endsMeeting ? i18n.t('panel.controls.endMeeting') : i18n.t('panel.controls.end')}
      </button>
    </fieldset>
  );
}
