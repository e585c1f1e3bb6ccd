import { describe, expect, it } from 'vitest';
import { retrospectiveHeard } from './meeting-retrospective';
import { type RoundRecord, SCHEMA_VERSION } from './model';

function meeting(
  id: string,
  sessionId: string,
  notes: Record<string, string>,
  at: string,
): RoundRecord {
  return {
    v: SCHEMA_VERSION,
    id,
    crewId: 'c',
    sessionId,
    kind: 'agenda',
    createdAt: at,
    state: {},
    notes,
  };
}

describe('what the retrospective heard', () => {
  it('takes the notes of the series’ meetings, one answer a line, each once', () => {
    const rounds = [
      meeting(
        'm2',
        's6',
        { improve: 'Start on time\n\nShorter check-ins ' },
        '2026-11-10T18:00:00Z',
      ),
      meeting(
        'm1',
        's6',
        { liked: 'The check-ins\nOur host rotation', improve: 'Start on time' },
        '2026-11-10T17:00:00Z',
      ),
      meeting('other', 'elsewhere', { liked: 'Not this series' }, '2026-11-10T17:00:00Z'),
      meeting('open', 's6', { 'open-time': 'Not a retrospective round' }, '2026-11-10T17:00:00Z'),
    ];
    expect(retrospectiveHeard(rounds, new Set(['s6']))).toEqual({
      liked: ['The check-ins', 'Our host rotation'],
      wouldChange: ['Start on time', 'Shorter check-ins'],
    });
  });

  it('hears nothing from a series whose retrospective kept no notes', () => {
    expect(retrospectiveHeard([], new Set(['s6']))).toEqual({ liked: [], wouldChange: [] });
  });
});
