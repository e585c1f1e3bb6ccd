// The demo's crew with history (issue 10): Willow Crew of four has lived a whole starter series,
// decided at its retrospective to continue, and is half-way through the next one, so the pathway
// and the congregation view have something to show on `npm start`. Ada is in both demo crews.
// tests/fixtures/backups/demo.json holds exactly these records (demo-history.test.ts checks).
import type { Crew, Reflection, Retrospective, RoundRecord, Series, Session } from '../model';
import { SCHEMA_VERSION as v } from '../model';
import { applyRoundEvent, createTurnRound } from '../round';
import { STARTER_SERIES } from '../starter-series';

const WEEK = 7 * 86_400_000;
const at = (ms: number) => new Date(ms).toISOString();
const FIRST = Date.parse('2026-09-15T17:00:00.000Z');
const SECOND = FIRST + 7 * WEEK;
const names = ['Ada', 'Femi', 'Gita', 'Hugo'];
const ids = ['w-ada', 'w-femi', 'w-gita', 'w-hugo'];

export const WILLOW: Crew = {
  v,
  id: 'willow-crew',
  name: 'Willow Crew',
  members: names.map((name, i) => ({ id: ids[i] ?? '', name, joinedAt: at(FIRST - WEEK) })),
  callerId: 'w-ada',
  rhythm: { kind: 'weekly', durationMinutes: 60 },
  roles: ['timekeeper'],
  agreements: ['Stories stay in the crew; lessons may travel.', 'Say so early if you cannot come.'],
  intentions: ['Practise listening without fixing.', 'Take turns hosting so each of us grows.'],
  deckIds: [],
  createdAt: at(FIRST - WEEK),
};

const series = (id: string, title: string, startsAt: number, opensWithId?: string): Series => ({
  v,
  id,
  crewId: WILLOW.id,
  title,
  plannedSessions: 6,
  templateId: STARTER_SERIES.id,
  startsAt: at(startsAt),
  createdAt: at(startsAt - WEEK),
  ...(opensWithId ? { opensWithId } : {}),
});

export const WILLOW_SERIES: Series[] = [
  series('willow-first', 'Six one-hour meetings', FIRST),
  series('willow-second', 'Six one-hour meetings, continued', SECOND, 'w-gita'),
];

/** [host, timekeeper, away] by member number; undefined: still planned. */
const FIRST_PLAN: [number, number, number?][] = [
  [0, 3],
  [1, 0],
  [2, 1],
  [3, 2],
  [0, 1, 3],
  [1, 2],
];
const SECOND_PLAN: ([number, number] | undefined)[] = [
  [2, 1],
  [3, 2],
  [0, 3],
  undefined,
  undefined,
  undefined,
];

function session(seriesOf: Series, index: number, plan?: [number, number, number?]): Session {
  const base: Session = {
    v,
    id: `${seriesOf.id}-${index}`,
    crewId: WILLOW.id,
    seriesId: seriesOf.id,
    index,
    startsAt: at(Date.parse(seriesOf.startsAt) + (index - 1) * WEEK),
    status: 'planned',
    awayIds: [],
  };
  if (!plan) return base;
  const [host, keeper, away] = plan;
  const awayIds = away === undefined ? [] : [ids[away] ?? ''];
  return {
    ...base,
    status: 'held',
    hostId: ids[host] ?? '',
    roleHolders: { timekeeper: ids[keeper] ?? '' },
    awayIds,
    presentIds: ids.filter((id) => !awayIds.includes(id)),
  };
}

const [firstSeries, secondSeries] = WILLOW_SERIES as [Series, Series];
export const WILLOW_SESSIONS: Session[] = [
  ...FIRST_PLAN.map((plan, i) => session(firstSeries, i + 1, plan)),
  ...SECOND_PLAN.map((plan, i) => session(secondSeries, i + 1, plan)),
];

/** A check-in round as it was run: each person spoke for the seconds given. */
function checkIn(held: Session, spokeSeconds: number[]): RoundRecord {
  const start = Date.parse(held.startsAt) + 60_000;
  const people = ids
    .filter((id) => held.presentIds?.includes(id))
    .map((personId) => ({ personId, name: names[ids.indexOf(personId)] ?? '' }));
  let state = createTurnRound({
    id: `${held.id}-check-in`,
    people,
    budget: { kind: 'per-person', ms: 120_000 },
  });
  let now = start;
  state = applyRoundEvent(state, { type: 'start' }, now);
  for (const seconds of spokeSeconds.slice(0, people.length)) {
    now += seconds * 1000;
    state = applyRoundEvent(state, { type: 'next' }, now);
  }
  state = applyRoundEvent(state, { type: 'end' }, now);
  return {
    v,
    id: state.id,
    crewId: WILLOW.id,
    sessionId: held.id,
    kind: 'check-in',
    createdAt: at(start),
    state,
  };
}

export const WILLOW_ROUNDS: RoundRecord[] = WILLOW_SESSIONS.filter((s) => s.status === 'held')
  .slice(0, 6)
  .map((held, i) =>
    checkIn(
      held,
      [
        [95, 130, 80, 110],
        [100, 140, 75, 120],
        [90, 125, 85],
      ][i % 3] ?? [],
    ),
  );

export const WILLOW_REFLECTIONS: Reflection[] = [
  {
    v,
    id: 'willow-reflection-ada-1',
    crewId: WILLOW.id,
    sessionId: 'willow-first-1',
    memberId: 'w-ada',
    createdAt: at(FIRST + 2 * 3600_000),
    answers: [
      {
        promptId: 'rf-02',
        prompt: 'What went the way you hoped?',
        text: 'Everyone spoke in the check-in, and nobody rushed.',
      },
      {
        promptId: 'rf-13',
        prompt: 'Where did you feel unsure while hosting, and what did you do then?',
        text: 'When the agreements talk went quiet. I waited, and Gita spoke.',
      },
      {
        promptId: 'rf-16',
        prompt: 'Which skill did you use today that you would like to grow?',
        text: 'Holding a silence without filling it.',
      },
    ],
    feedback: [
      {
        from: 'Gita',
        text: 'Keep the stillness a little longer.',
        receivedAt: at(FIRST + 2 * 86_400_000),
      },
      {
        from: 'Hugo',
        text: 'Invite the quieter voices first in the dialogue.',
        receivedAt: at(FIRST + 3 * 86_400_000),
      },
    ],
  },
  {
    v,
    id: 'willow-reflection-femi-2',
    crewId: WILLOW.id,
    sessionId: 'willow-first-2',
    memberId: 'w-femi',
    createdAt: at(FIRST + WEEK + 2 * 3600_000),
    answers: [
      {
        promptId: 'rf-02',
        prompt: 'What went the way you hoped?',
        text: 'The Case Clinic timings held.',
      },
      {
        promptId: 'rf-16',
        prompt: 'Which skill did you use today that you would like to grow?',
        text: 'Keeping time without cutting people off.',
      },
    ],
    feedback: [],
  },
];

export const WILLOW_RETROSPECTIVES: Retrospective[] = [
  {
    v,
    id: 'willow-first-retrospective',
    crewId: WILLOW.id,
    seriesId: 'willow-first',
    decidedAt: at(FIRST + 5 * WEEK + 3600_000),
    decision: 'continue',
    liked: ['The stillness before mirroring', 'Everyone hosted once'],
    wouldChange: ['A longer check-out'],
    nextSeriesId: 'willow-second',
  },
];
