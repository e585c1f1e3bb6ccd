// An agenda round saved by Crewkit before meetings ran their rounds turn by turn (made with the
// engine of main at 6c64389 and kept as it was written): it still loads, resumes and can be
// changed, its phases running as blocks of time as they did.
import { describe, expect, it } from 'vitest';
import saved from '../../../tests/fixtures/rounds/agenda-before-meetings.json';
import { activeRoundOf } from '../round-records.ts';
import { applyRoundEvent } from './engine.ts';
import { activeTurns } from './meeting.ts';
import { meetingPlace } from './meeting-view.ts';
import { parseRoundState } from './parse.ts';
import { roundView } from './view.ts';

const MINUTE = 60_000;
const t0 = Date.parse(saved.createdAt);

function loaded() {
  const state = parseRoundState(saved.state);
  if (!state) throw new Error('the saved agenda round no longer loads');
  return state;
}

describe('an agenda round saved before meetings', () => {
  it('loads as it was saved, paused in its second phase', () => {
    const state = loaded();
    expect(state).toEqual(saved.state);
    expect(activeRoundOf(saved as Parameters<typeof activeRoundOf>[0])?.state).toEqual(state);
    expect(state.status).toBe('paused');
    expect(roundView(state, t0 + 30 * MINUTE).current).toMatchObject({ phaseId: 'open-time' });
  });

  it('resumes with its phases as blocks, and takes the host changes', () => {
    const state = loaded();
    const resumed = applyRoundEvent(state, { type: 'resume' }, t0 + 21 * MINUTE);
    expect(roundView(resumed, t0 + 21 * MINUTE).remainingMs).toBe(30 * MINUTE);
    // 30 min of open time left and the 10-minute check-out still to come.
    expect(meetingPlace(resumed, t0 + 21 * MINUTE)?.leftMs).toBe(40 * MINUTE);
    const longer = applyRoundEvent(
      resumed,
      { type: 'addPhaseTime', phaseId: 'open-time', ms: 5 * MINUTE },
      t0 + 22 * MINUTE,
    );
    expect(meetingPlace(longer, t0 + 22 * MINUTE)?.leftMs).toBe(44 * MINUTE);
    const last = applyRoundEvent(longer, { type: 'next' }, t0 + 23 * MINUTE);
    expect(roundView(last, t0 + 23 * MINUTE).current).toMatchObject({ phaseId: 'check-out' });
    expect(activeTurns(last)).toBeUndefined();
  });
});
