import { i18n } from '#i18n';
import type { RoundEvent, RoundPerson, RoundState } from '../../core/round';
import { callChanges } from './call-changes';
import type { FacilitationPanelProps } from './types';

interface PeopleChangesProps {
  round: RoundState;
  /** A meeting's people: between its rounds, arrivals join them for the rounds to come. */
  people?: RoundPerson[] | undefined;
  inCall: FacilitationPanelProps['inCall'];
  dispatch: (event: RoundEvent) => void;
}

/** One line per arrival or departure since the round was set up, each with its one click. */
export function PeopleChanges({ round, people, inCall, dispatch }: PeopleChangesProps) {
  const { joined, left } = callChanges(round, inCall, people);
  if (joined.length === 0 && left.length === 0) return null;
  return (
    <ul class="ck-people-changes" aria-label={i18n.t('panel.people.label')}>
      {joined.map((person) => (
        <li key={`in-${person.personId}`} class="ck-people-changes__item">
          <span>{i18n.t('panel.people.joined', { name: person.name })}</span>
          <button
            type="button"
            class="ck-button"
            onClick={() => dispatch({ type: 'join', person })}
          >
            {i18n.t('panel.people.add', { name: person.name })}
          </button>
        </li>
      ))}
      {left.map((person) => (
        <li key={`out-${person.personId}`} class="ck-people-changes__item">
          <span>{i18n.t('panel.people.left', { name: person.name })}</span>
          <button
            type="button"
            class="ck-button"
            // Their turn is on: skipping moves on. Still to come: they leave the order.
            onClick={() =>
              dispatch(
                person.isCurrent ? { type: 'next' } : { type: 'leave', personId: person.personId },
              )
            }
          >
            {i18n.t('panel.people.skip', { name: person.name })}
          </button>
        </li>
      ))}
    </ul>
  );
}
