import { i18n } from '#i18n';
import type { AgendaPhase } from '../../core/model';
import { agendaMinutes } from '../../core/starter-series';

interface AgendaEditorProps {
  phases: AgendaPhase[];
  onChange: (phases: AgendaPhase[]) => void;
}

/** The agenda before it starts: the host may change a phase's minutes or leave a phase out. */
export function AgendaEditor({ phases, onChange }: AgendaEditorProps) {
  const setMinutes = (id: string, minutes: number) =>
    onChange(phases.map((phase) => (phase.id === id ? { ...phase, minutes } : phase)));
  return (
    <fieldset class="ck-agenda">
      <legend>{i18n.t('panel.agenda.title', { minutes: agendaMinutes(phases) })}</legend>
      <ol class="ck-agenda__list">
        {phases.map((phase) => (
          <li key={phase.id} class="ck-agenda__item">
            <span class="ck-agenda__title">{phase.title}</span>
            <input
              type="number"
              class="ck-input ck-agenda__minutes"
              min={1}
              max={180}
              aria-label={i18n.t('panel.agenda.minutesOf', { title: phase.title })}
              value={phase.minutes}
              onInput={(e) => setMinutes(phase.id, Math.max(0, Number(e.currentTarget.value) || 0))}
            />
            <span class="ck-muted" aria-hidden="true">
              {i18n.t('panel.agenda.min')}
            </span>
            <button
              type="button"
              class="ck-button ck-button--quiet ck-button--icon"
              aria-label={i18n.t('panel.agenda.remove', { title: phase.title })}
              onClick={() => onChange(phases.filter((each) => each.id !== phase.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
