import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Field } from '../common/Field';
import { AgendaEditor } from './AgendaEditor';
import {
  agendaFor,
  buildRound,
  initialChoices,
  isAgendaKind,
  MIN_PEOPLE,
  type OrderChoice,
  peopleFor,
  type SetupChoices,
  type SetupKind,
} from './setup-build';
import type { PanelSettings, RoundSetupResult, SetupSource } from './types';

interface RoundSetupProps {
  source: SetupSource;
  settings: PanelSettings;
  newId: () => string;
  random: () => number;
  onReady: (result: RoundSetupResult) => void;
}

const KIND_LABEL = {
  'check-in': 'panel.setup.kinds.checkIn',
  'check-out': 'panel.setup.kinds.checkOut',
  round: 'panel.setup.kinds.round',
  'session-agenda': 'panel.setup.kinds.sessionAgenda',
  'case-clinic': 'panel.setup.kinds.caseClinic',
} as const satisfies Record<SetupKind, string>;
const KINDS = Object.keys(KIND_LABEL) as SetupKind[];

const ORDER_LABEL = {
  given: 'panel.setup.orders.given',
  'host-first': 'panel.setup.orders.hostFirst',
  shuffle: 'panel.setup.orders.shuffle',
} as const satisfies Record<OrderChoice, string>;
const ORDERS = Object.keys(ORDER_LABEL) as OrderChoice[];

const seedFrom = (random: () => number) => Math.floor(random() * 2 ** 31);

/** Who takes part, what kind of round, how long and in what order. */
export function RoundSetup({ source, settings, newId, random, onReady }: RoundSetupProps) {
  const [choices, setChoices] = useState<SetupChoices>(() =>
    initialChoices(source, seedFrom(random)),
  );
  const [tried, setTried] = useState(false);
  const update = (patch: Partial<SetupChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const agenda = isAgendaKind(choices.kind);
  const people = peopleFor(choices, source);
  const tooFew = !agenda && people.length < MIN_PEOPLE;

  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    const result = buildRound(choices, source, settings, newId());
    if (result) onReady(result);
  };

  return (
    <form class="ck-setup" onSubmit={submit} aria-labelledby="ck-setup-title">
      <h2 id="ck-setup-title">{i18n.t('panel.setup.title')}</h2>
      <Field label={i18n.t('panel.setup.kind')}>
        {({ id }) => (
          <select
            id={id}
            class="ck-select"
            value={choices.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as SetupKind;
              update({ kind, ...(isAgendaKind(kind) ? { phases: agendaFor(kind, source) } : {}) });
            }}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {i18n.t(KIND_LABEL[kind])}
              </option>
            ))}
          </select>
        )}
      </Field>

      {agenda && <AgendaEditor phases={choices.phases} onChange={(phases) => update({ phases })} />}
      {/* An agenda's rounds go turn by turn among the people here (lib/core/round/meeting.ts). */}
      {source.members ? (
        <fieldset class="ck-setup__people">
          <legend>{i18n.t('panel.setup.whoIsHere')}</legend>
          {source.members.map((member) => (
            <label key={member.personId} class="ck-setup__check">
              <input
                type="checkbox"
                checked={!choices.leftOutIds.includes(member.personId)}
                onChange={(e) =>
                  update({
                    leftOutIds: e.currentTarget.checked
                      ? choices.leftOutIds.filter((id) => id !== member.personId)
                      : [...choices.leftOutIds, member.personId],
                  })
                }
              />
              {member.name}
            </label>
          ))}
        </fieldset>
      ) : (
        <Field label={i18n.t('panel.setup.names')} hint={i18n.t('panel.setup.namesHint')}>
          {({ id, describedBy }) => (
            <textarea
              id={id}
              class="ck-textarea"
              rows={5}
              aria-describedby={describedBy}
              value={choices.quickNamesText}
              onInput={(e) => update({ quickNamesText: e.currentTarget.value })}
            />
          )}
        </Field>
      )}
      {tried && tooFew && (
        <p class="ck-error" role="alert">
          {i18n.t('panel.setup.tooFew', { count: MIN_PEOPLE })}
        </p>
      )}

      {!agenda && (
        <fieldset class="ck-setup__budget">
          <legend>{i18n.t('panel.setup.time')}</legend>
          <div class="ck-setup__row">
            <input
              type="number"
              class="ck-input ck-setup__minutes"
              min={0.5}
              max={60}
              step={0.5}
              aria-label={i18n.t('panel.setup.minutes')}
              value={choices.minutes}
              onInput={(e) => update({ minutes: Number(e.currentTarget.value) })}
            />
            <select
              class="ck-select"
              aria-label={i18n.t('panel.setup.budgetMode')}
              value={choices.budgetMode}
              onChange={(e) =>
                update({ budgetMode: e.currentTarget.value as SetupChoices['budgetMode'] })
              }
            >
              <option value="per-person">{i18n.t('panel.setup.perPerson')}</option>
              <option value="total">{i18n.t('panel.setup.total')}</option>
            </select>
          </div>
        </fieldset>
      )}
      <Field label={i18n.t('panel.setup.order')}>
        {({ id }) => (
          <select
            id={id}
            class="ck-select"
            value={choices.order}
            onChange={(e) =>
              update({ order: e.currentTarget.value as OrderChoice, seed: seedFrom(random) })
            }
          >
            {ORDERS.filter((order) => order !== 'host-first' || source.hostId).map((order) => (
              <option key={order} value={order}>
                {i18n.t(ORDER_LABEL[order])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {source.lastFirstSpeakerId && (
        <label class="ck-setup__check">
          <input
            type="checkbox"
            checked={choices.startWithSomeoneElse}
            onChange={(e) => update({ startWithSomeoneElse: e.currentTarget.checked })}
          />
          {i18n.t('panel.setup.someoneElse')}
        </label>
      )}
      <div class="ck-setup__footer">
        <button type="submit" class="ck-button ck-button--primary ck-setup__go">
          {i18n.t('panel.setup.continue')}
        </button>
      </div>
    </form>
  );
}
