import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { newId } from '../../core/ids';
import { type Crew, SCHEMA_VERSION, type Series } from '../../core/model';
import { STARTER_SERIES } from '../../core/starter-series';
import { Field } from '../common/Field';

interface SeriesStarterProps {
  crew: Crew;
  now: () => number;
  onStart: (series: Series) => void | Promise<void>;
}

type Shape = 'starter' | 'planned' | 'open';

/** The next full hour at least a day away, as a value for <input type="datetime-local">. */
function defaultStart(nowMs: number): string {
  const start = new Date(nowMs + 24 * 3600_000);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}T${pad(start.getHours())}:00`;
}

/** Start a series for a crew: the starter six, a planned number of sessions, or open-ended. */
export function SeriesStarter({ crew, now, onStart }: SeriesStarterProps) {
  const [shape, setShape] = useState<Shape>('starter');
  const [planned, setPlanned] = useState(6);
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState(() => defaultStart(now()));
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const startMs = new Date(startsAt).getTime();
    if (!Number.isFinite(startMs)) {
      setError(i18n.t('series.startInvalid'));
      return;
    }
    if (shape === 'planned' && !(Number.isInteger(planned) && planned >= 1 && planned <= 52)) {
      setError(i18n.t('series.plannedInvalid'));
      return;
    }
    setError(undefined);
    const series: Series = {
      v: SCHEMA_VERSION,
      id: newId(),
      crewId: crew.id,
      title:
        title.trim() ||
        (shape === 'starter'
          ? STARTER_SERIES.title
          : i18n.t('series.defaultTitle', { crew: crew.name })),
      ...(shape === 'starter'
        ? { plannedSessions: STARTER_SERIES.sessions.length, templateId: STARTER_SERIES.id }
        : {}),
      ...(shape === 'planned' ? { plannedSessions: planned } : {}),
      startsAt: new Date(startMs).toISOString(),
      createdAt: new Date(now()).toISOString(),
    };
    await onStart(series);
  };

  return (
    <form class="ck-card ck-series-starter" onSubmit={submit} noValidate>
      <h3>{i18n.t('series.startTitle')}</h3>
      <fieldset>
        <legend class="ck-visually-hidden">{i18n.t('series.shape')}</legend>
        <label class="ck-radio">
          <input
            type="radio"
            name="shape"
            checked={shape === 'starter'}
            onChange={() => setShape('starter')}
          />
          <span>
            <strong>{STARTER_SERIES.title}</strong> — {STARTER_SERIES.description}
          </span>
        </label>
        <label class="ck-radio">
          <input
            type="radio"
            name="shape"
            checked={shape === 'planned'}
            onChange={() => setShape('planned')}
          />
          <span>{i18n.t('series.plannedShape')}</span>
        </label>
        <label class="ck-radio">
          <input
            type="radio"
            name="shape"
            checked={shape === 'open'}
            onChange={() => setShape('open')}
          />
          <span>{i18n.t('series.openShape')}</span>
        </label>
      </fieldset>
      <div class="ck-row">
        {shape === 'planned' && (
          <Field label={i18n.t('series.howMany')}>
            {({ id }) => (
              <input
                id={id}
                class="ck-input ck-input--short"
                type="number"
                min={1}
                max={52}
                value={planned}
                onInput={(e) => setPlanned(e.currentTarget.valueAsNumber)}
              />
            )}
          </Field>
        )}
        {shape !== 'starter' && (
          <Field label={i18n.t('series.title')}>
            {({ id }) => (
              <input
                id={id}
                class="ck-input"
                value={title}
                maxLength={80}
                onInput={(e) => setTitle(e.currentTarget.value)}
              />
            )}
          </Field>
        )}
        <Field label={i18n.t('series.firstSession')}>
          {({ id }) => (
            <input
              id={id}
              class="ck-input"
              type="datetime-local"
              value={startsAt}
              onInput={(e) => setStartsAt(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      {error && (
        <p class="ck-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="ck-button ck-button--primary">
        {i18n.t('series.start')}
      </button>
    </form>
  );
}
