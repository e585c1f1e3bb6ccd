// Turning the host's choices in the setup form into a round in its `ready` state.

import type { AgendaPhase, RoundKind } from '../../core/model';
import {
  applyOrder,
  createAgendaRound,
  createTurnRound,
  type RoundOrder,
  type RoundPerson,
  startWithSomeoneElse,
} from '../../core/round';
import { CASE_CLINIC_PHASES, DEFAULT_SESSION_AGENDA } from '../../core/starter-series';
import type { PanelSettings, RoundSetupResult, SetupSource } from './types';

export type SetupKind = 'check-in' | 'check-out' | 'round' | 'session-agenda' | 'case-clinic';
export type OrderChoice = 'given' | 'host-first' | 'shuffle';

export interface SetupChoices {
  kind: SetupKind;
  /**
   * People the host unticked by hand. Everyone else listed takes part, so whoever joins the call
   * while the setup is open is ticked as they appear (issue 8, "People trickle in": the panel
   * opens the moment you are admitted, usually before the others arrive).
   */
  leftOutIds: string[];
  /** Typed names, one per line, for a quick round. */
  quickNamesText: string;
  budgetMode: 'per-person' | 'total';
  minutes: number;
  order: OrderChoice;
  seed: number;
  startWithSomeoneElse: boolean;
  /** The agenda as adjusted, for the agenda kinds. */
  phases: AgendaPhase[];
}

export const MIN_PEOPLE = 2;
export const DEFAULT_MINUTES_PER_PERSON = 3;

export function isAgendaKind(kind: SetupKind): boolean {
  return kind === 'session-agenda' || kind === 'case-clinic';
}

export function agendaFor(kind: SetupKind, source: SetupSource): AgendaPhase[] {
  if (kind === 'case-clinic') return CASE_CLINIC_PHASES.map((phase) => ({ ...phase }));
  return (source.sessionAgenda ?? DEFAULT_SESSION_AGENDA).map((phase) => ({ ...phase }));
}

export function initialChoices(source: SetupSource, seed: number): SetupChoices {
  return {
    kind: 'check-in',
    leftOutIds: [],
    quickNamesText: source.quickRoundNames.join('\n'),
    budgetMode: 'per-person',
    minutes: DEFAULT_MINUTES_PER_PERSON,
    order: source.hostId ? 'host-first' : 'given',
    seed,
    startWithSomeoneElse: source.lastFirstSpeakerId !== undefined,
    phases: agendaFor('session-agenda', source),
  };
}

/** Typed names, trimmed, blank lines dropped, repeats (ignoring case) kept once. */
export function quickNames(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((name) => {
      const folded = name.toLocaleLowerCase();
      if (name === '' || seen.has(folded)) return false;
      seen.add(folded);
      return true;
    });
}

export function peopleFor(choices: SetupChoices, source: SetupSource): RoundPerson[] {
  if (source.members) {
    return source.members.filter((member) => !choices.leftOutIds.includes(member.personId));
  }
  return quickNames(choices.quickNamesText).map((name, i) => ({
    personId: `quick-${i + 1}`,
    name,
  }));
}

function orderFor(choices: SetupChoices, source: SetupSource): RoundOrder {
  if (choices.order === 'shuffle') return { kind: 'shuffle', seed: choices.seed };
  if (choices.order === 'host-first' && source.hostId) {
    return { kind: 'host-first', hostId: source.hostId };
  }
  return { kind: 'given' };
}

const ROUND_KIND: Record<SetupKind, RoundKind> = {
  'check-in': 'check-in',
  'check-out': 'check-out',
  round: 'round',
  'session-agenda': 'agenda',
  'case-clinic': 'agenda',
};

/** Who takes the meeting's turns, in the order chosen (someone else first, if asked). */
function meetingPeople(choices: SetupChoices, source: SetupSource): RoundPerson[] {
  const ordered = applyOrder(peopleFor(choices, source), orderFor(choices, source));
  return choices.startWithSomeoneElse
    ? startWithSomeoneElse(ordered, source.lastFirstSpeakerId)
    : ordered;
}

/** The ready round, or null while the choices cannot make one (too few people, no phase). */
export function buildRound(
  choices: SetupChoices,
  source: SetupSource,
  settings: PanelSettings,
  id: string,
): RoundSetupResult | null {
  const common = {
    id,
    autoAdvance: settings.autoAdvance,
    warnBeforeEndMs: settings.warnBeforeEndSeconds * 1000,
  };
  if (isAgendaKind(choices.kind)) {
    const phases = choices.phases.filter((phase) => phase.minutes > 0);
    if (phases.length === 0) return null;
    // With the people present the agenda runs as a meeting: its rounds go turn by turn, in this
    // order. Fewer than a round needs and every phase is a block of time, as before.
    const present = meetingPeople(choices, source);
    return {
      kind: 'agenda',
      state: createAgendaRound({
        ...common,
        phases,
        ...(present.length >= MIN_PEOPLE ? { people: present } : {}),
      }),
      ...(source.members || present.length === 0
        ? {}
        : { quickRoundNames: present.map((person) => person.name) }),
    };
  }
  const people = peopleFor(choices, source);
  if (people.length < MIN_PEOPLE || !(choices.minutes > 0)) return null;
  const ms = Math.round(choices.minutes * 60_000);
  const state = createTurnRound({
    ...common,
    people,
    budget: { kind: choices.budgetMode, ms },
    order: orderFor(choices, source),
    ...(choices.startWithSomeoneElse && source.lastFirstSpeakerId
      ? { lastFirstSpeakerId: source.lastFirstSpeakerId }
      : {}),
  });
  return {
    kind: ROUND_KIND[choices.kind],
    state,
    ...(source.members ? {} : { quickRoundNames: people.map((person) => person.name) }),
  };
}
