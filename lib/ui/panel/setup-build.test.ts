import { describe, expect, it } from 'vitest';
import { roundView, seededShuffle } from '../../core/round';
import { CASE_CLINIC_PHASES } from '../../core/starter-series';
import { buildRound, initialChoices, quickNames } from './setup-build';
import type { SetupSource } from './types';

const SETTINGS = { chimeVolume: 0.6, warnBeforeEndSeconds: 20, autoAdvance: false };
const crew: SetupSource = {
  members: [
    { personId: 'a', name: 'Ada' },
    { personId: 'b', name: 'Bashir' },
    { personId: 'c', name: 'Chiara' },
    { personId: 'd', name: 'Dmitri' },
  ],
  hostId: 'c',
  lastFirstSpeakerId: 'c',
  quickRoundNames: [],
};
const names = (result: ReturnType<typeof buildRound>) =>
  result?.state.entries.map((entry) =>
    entry.slot.kind === 'turn' ? entry.slot.name : entry.slot.title,
  );

describe('buildRound', () => {
  it('host first, then someone other than last time starts', () => {
    const choices = initialChoices(crew, 7);
    expect(choices.order).toBe('host-first');
    const result = buildRound({ ...choices, startWithSomeoneElse: false }, crew, SETTINGS, 'r1');
    expect(names(result)).toEqual(['Chiara', 'Dmitri', 'Ada', 'Bashir']);
    const other = buildRound(choices, crew, SETTINGS, 'r2');
    expect(names(other)).toEqual(['Dmitri', 'Ada', 'Bashir', 'Chiara']);
    expect(other?.state.warnBeforeEndMs).toBe(20_000);
    expect(other?.kind).toBe('check-in');
  });

  it('a seeded shuffle gives the order shown, and only those present take part', () => {
    const choices = {
      ...initialChoices(crew, 42),
      order: 'shuffle' as const,
      leftOutIds: ['c'],
    };
    const result = buildRound({ ...choices, startWithSomeoneElse: false }, crew, SETTINGS, 'r');
    expect(names(result)).toEqual(seededShuffle(['Ada', 'Bashir', 'Dmitri'], 42));
  });

  it('whoever joins while the setup is open takes part, unless the host unticked them', () => {
    const choices = { ...initialChoices(crew, 1), leftOutIds: ['b'] };
    const later: SetupSource = {
      ...crew,
      members: [...(crew.members ?? []), { personId: 'guest-x', name: 'Eun-ji (guest)' }],
    };
    const result = buildRound({ ...choices, order: 'given' }, later, SETTINGS, 'r');
    expect(names(result)).toEqual(['Ada', 'Chiara', 'Dmitri', 'Eun-ji (guest)']);
    // Bashir leaves and comes back: still left out, as the host chose.
    const back = buildRound({ ...choices, order: 'given' }, crew, SETTINGS, 'r');
    expect(names(back)).toEqual(['Ada', 'Chiara', 'Dmitri']);
  });

  it('a total budget is split evenly among the people', () => {
    const choices = { ...initialChoices(crew, 1), budgetMode: 'total' as const, minutes: 12 };
    const result = buildRound(choices, crew, SETTINGS, 'r');
    expect(result && roundView(result.state, 0).upcomingShareMs).toBe(180_000);
  });

  it('a quick round keeps typed names once, in order, and remembers them', () => {
    const source: SetupSource = { quickRoundNames: [] };
    const choices = {
      ...initialChoices(source, 1),
      quickNamesText: ' Ada\n\nbashir\nBashir\nChiara ',
    };
    const result = buildRound(choices, source, SETTINGS, 'q');
    expect(names(result)).toEqual(['Ada', 'bashir', 'Chiara']);
    expect(result?.quickRoundNames).toEqual(['Ada', 'bashir', 'Chiara']);
    expect(quickNames('Ada')).toEqual(['Ada']);
    expect(buildRound({ ...choices, quickNamesText: 'Ada' }, source, SETTINGS, 'q')).toBeNull();
  });

  it('Case Clinic runs its phases as adjusted by the host', () => {
    const phases = CASE_CLINIC_PHASES.filter((phase) => phase.id !== 'case-stillness').map(
      (phase) => (phase.id === 'case-dialogue' ? { ...phase, minutes: 15 } : phase),
    );
    const choices = { ...initialChoices(crew, 1), kind: 'case-clinic' as const, phases };
    const result = buildRound(choices, crew, SETTINGS, 'cc');
    expect(result?.kind).toBe('agenda');
    expect(
      result?.state.entries.map((e) => (e.slot.kind === 'phase' ? e.slot.minutes : 0)),
    ).toEqual([3, 10, 10, 15, 10]);
  });
});
