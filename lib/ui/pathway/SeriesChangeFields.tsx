// "Change" at the end of a series (issue 10): the rhythm, who goes on and who joins, and the next
// series' agenda, edited before the crew continues with the rotation carried on. Holds no state
// of its own: the retrospective form keeps the change and records it.
import { i18n } from '#i18n';
import { currentMembers } from '../../core/crew';
import type { Crew } from '../../core/model';
import {
  NEXT_SERIES_MAX,
  NEXT_SERIES_MIN,
  type SeriesChange,
} from '../../core/pathway/series-change';
import { Field } from '../common/Field';
import { RhythmFields } from '../options/RhythmFields';

interface SeriesChangeFieldsProps {
  crew: Crew;
  change: SeriesChange;
  onChange: (change: SeriesChange) => void;
  /** Names each field by its series, so two series' forms on one page keep distinct ids. */
  seriesId: string;
}

export function SeriesChangeFields({ crew, change, onChange, seriesId }: SeriesChangeFieldsProps) {
  const set = (patch: Partial<SeriesChange>) => onChange({ ...change, ...patch });
  const { rhythm, agenda } = change;
  return (
    <div class="ck-series-change">
      <RhythmFields
        rhythm={rhythm}
        onChange={(next) => set({ rhythm: next })}
        kindLabel={i18n.t('pathway.retro.rhythm')}
      />

      <fieldset class="ck-retro-choice">
        <legend>{i18n.t('pathway.retro.change.goesOn')}</legend>
        {currentMembers(crew).map((m) => (
          <label key={m.id} class="ck-check">
            <input
              type="checkbox"
              checked={!change.leavingIds.includes(m.id)}
              onChange={(e) =>
                set({
                  leavingIds: e.currentTarget.checked
                    ? change.leavingIds.filter((id) => id !== m.id)
                    : [...change.leavingIds, m.id],
                })
              }
            />
            {m.name}
          </label>
        ))}
      </fieldset>
      <Field
        label={i18n.t('pathway.retro.change.joining')}
        hint={i18n.t('pathway.retro.change.joiningHint')}
      >
        {({ id, describedBy }) => (
          <textarea
            class="ck-textarea"
            id={id}
            rows={2}
            aria-describedby={describedBy}
            value={change.joiningNames.join('\n')}
            onInput={(e) => set({ joiningNames: e.currentTarget.value.split('\n') })}
          />
        )}
      </Field>

      <fieldset class="ck-retro-choice">
        <legend>{i18n.t('pathway.retro.change.agenda')}</legend>
        <label class="ck-check">
          <input
            type="radio"
            name={`agenda-${seriesId}`}
            checked={agenda.kind === 'starter'}
            onChange={() => set({ agenda: { kind: 'starter' } })}
          />
          {i18n.t('pathway.retro.change.starter')}
        </label>
        <label class="ck-check">
          <input
            type="radio"
            name={`agenda-${seriesId}`}
            checked={agenda.kind === 'default'}
            onChange={() => set({ agenda: { kind: 'default', sessions: 6 } })}
          />
          {i18n.t('pathway.retro.change.default')}
        </label>
        {agenda.kind === 'default' && (
          <Field label={i18n.t('pathway.retro.change.howMany')}>
            {({ id }) => (
              <input
                id={id}
                class="ck-input ck-input--short"
                type="number"
                min={NEXT_SERIES_MIN}
                max={NEXT_SERIES_MAX}
                value={agenda.sessions}
                onInput={(e) =>
                  set({ agenda: { kind: 'default', sessions: e.currentTarget.valueAsNumber || 1 } })
                }
              />
            )}
          </Field>
        )}
      </fieldset>
    </div>
  );
}
