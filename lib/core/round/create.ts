// Building a round in its `ready` state, so the panel can show the order before anyone starts.
import { type AgendaPhase, DEFAULT_SETTINGS, type Id } from '../model.ts';
import { applyOrder, type RoundOrder, startWithSomeoneElse } from './order.ts';
import {
  ROUND_STATE_VERSION,
  type RoundBudget,
  type RoundPerson,
  type RoundState,
  type Slot,
  type SlotEntry,
} from './types.ts';

interface RoundOptions {
  id: Id;
  /** Off by default: a turn's end only chimes and counts overtime up. */
  autoAdvance?: boolean;
  /** Defaults to the device setting's default (30 s); 0 turns the warning off. */
  warnBeforeEndMs?: number;
}

export interface TurnRoundOptions extends RoundOptions {
  /** In rotation order (the crew's member order) unless `order` says otherwise. */
  people: RoundPerson[];
  budget: Exclude<RoundBudget, { kind: 'phases' }>;
  order?: RoundOrder;
  /** Last round's first speaker: someone else starts this time. */
  lastFirstSpeakerId?: Id;
}

export interface AgendaRoundOptions extends RoundOptions {
  phases: AgendaPhase[];
  /**
   * The people present, in speaking order: the agenda then runs as a meeting whose round phases
   * go turn by turn among them (lib/core/round/meeting.ts). Without them every phase is a block.
   */
  people?: RoundPerson[];
}

export function newEntry(slot: Slot): SlotEntry {
  return {
    slot,
    status: 'upcoming',
    spentMs: 0,
    shareMs: null,
    allowedMs: null,
    addedMs: 0,
    bankedOvertimeMs: 0,
    passes: 0,
  };
}

function readyRound(options: RoundOptions, budget: RoundBudget, slots: Slot[]): RoundState {
  return {
    v: ROUND_STATE_VERSION,
    id: options.id,
    status: 'ready',
    entries: slots.map(newEntry),
    index: 0,
    budget,
    autoAdvance: options.autoAdvance ?? DEFAULT_SETTINGS.autoAdvance,
    warnBeforeEndMs: Math.max(
      0,
      options.warnBeforeEndMs ?? DEFAULT_SETTINGS.warnBeforeEndSeconds * 1000,
    ),
    startedAt: null,
    endedAt: null,
    runningSince: null,
    pausedAt: null,
    pausedMs: 0,
  };
}

function uniquePeople(people: RoundPerson[]): RoundPerson[] {
  const seen = new Set<Id>();
  return people.filter((person) => {
    if (seen.has(person.personId)) return false;
    seen.add(person.personId);
    return true;
  });
}

export function createTurnRound(options: TurnRoundOptions): RoundState {
  const ordered = applyOrder(uniquePeople(options.people), options.order ?? { kind: 'given' });
  const people = startWithSomeoneElse(ordered, options.lastFirstSpeakerId);
  const slots: Slot[] = people.map(({ personId, name }) => ({ kind: 'turn', personId, name }));
  return readyRound(options, options.budget, slots);
}

/** One slot per agenda phase, each as long as the phase's minutes. */
export function createAgendaRound(options: AgendaRoundOptions): RoundState {
  const seen = new Set<Id>();
  const slots: Slot[] = [];
  for (const phase of options.phases) {
    if (seen.has(phase.id)) continue;
    seen.add(phase.id);
    slots.push({
      kind: 'phase',
      phaseId: phase.id,
      title: phase.title,
      minutes: phase.minutes,
      phaseKind: phase.kind,
    });
  }
  const round = readyRound(options, { kind: 'phases' }, slots);
  const people = options.people ? uniquePeople(options.people) : [];
  return people.length > 0 ? { ...round, people } : round;
}
