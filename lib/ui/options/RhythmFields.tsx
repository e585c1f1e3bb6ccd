// A crew's rhythm as three fields: how often (weekly … or every N days) and how long a session
// is. The crew editor and the series' "Change" at its end (lib/ui/pathway/SeriesChangeFields.tsx)
// both edit a rhythm with these, so the two cannot drift apart in limits or wording.
import { i18n } from '#i18n';
import type { Rhythm, RhythmKind } from '../../core/model';
import { Field } from '../common/Field';

const RHYTHMS: RhythmKind[] = ['weekly', 'fortnightly', 'monthly', 'custom'];

/** Days offered first when someone switches to "custom". */
const CUSTOM_DAYS = 10;

interface RhythmFieldsProps {
  rhythm: Rhythm;
  onChange: (rhythm: Rhythm) => void;
  /** The first field's label: "Rhythm" in the crew editor, "New rhythm" at a series' end. */
  kindLabel: string;
  /** Problems to show under the fields (the crew editor's validation), by field. */
  problems?: { everyDays?: string | undefined; durationMinutes?: string | undefined } | undefined;
}

export function RhythmFields({ rhythm, onChange, kindLabel, problems }: RhythmFieldsProps) {
  return (
    <div class="ck-row">
      <Field label={kindLabel}>
        {({ id }) => (
          <select
            id={id}
            class="ck-select"
            value={rhythm.kind}
            onChange={(e) =>
              onChange({
                ...rhythm,
                kind: e.currentTarget.value as RhythmKind,
                everyDays: rhythm.everyDays ?? CUSTOM_DAYS,
              })
            }
          >
            {RHYTHMS.map((kind) => (
              <option key={kind} value={kind}>
                {i18n.t(`rhythm.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rhythm.kind === 'custom' && (
        <Field label={i18n.t('editor.everyDays')} error={problems?.everyDays}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              class="ck-input ck-input--short"
              type="number"
              min={1}
              max={365}
              value={rhythm.everyDays ?? ''}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => onChange({ ...rhythm, everyDays: e.currentTarget.valueAsNumber })}
            />
          )}
        </Field>
      )}
      <Field label={i18n.t('editor.duration')} error={problems?.durationMinutes}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            class="ck-input ck-input--short"
            type="number"
            min={15}
            max={480}
            step={5}
            value={rhythm.durationMinutes}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => onChange({ ...rhythm, durationMinutes: e.currentTarget.valueAsNumber })}
          />
        )}
      </Field>
    </div>
  );
}
