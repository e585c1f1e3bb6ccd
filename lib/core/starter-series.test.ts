import { describe, expect, it } from 'vitest';
import {
  agendaMinutes,
  CASE_CLINIC_PHASES,
  DEFAULT_SESSION_AGENDA,
  STARTER_SERIES,
} from './starter-series';

describe('STARTER_SERIES', () => {
  it('is six meetings: kickoff, four peer-coaching meetings, retrospective', () => {
    expect(STARTER_SERIES.sessions.map((s) => [s.title, s.focusOnOneMember])).toEqual([
      ['Kickoff', false],
      ['Peer coaching: Case Clinic', true],
      ['Peer coaching: Case Clinic', true],
      ['Peer coaching: Case Clinic', true],
      ['Peer coaching: Case Clinic', true],
      ['Retrospective', false],
    ]);
  });

  it.each(STARTER_SERIES.sessions.map((s, i) => [i + 1, s] as const))(
    'meeting %i fits exactly one hour and opens and closes with rounds',
    (_, session) => {
      expect(agendaMinutes(session.agenda)).toBe(60);
      expect(session.agenda[0]?.kind).toBe('check-in');
      expect(session.agenda.at(-1)?.kind).toBe('check-out');
      expect(new Set(session.agenda.map((p) => p.id)).size).toBe(session.agenda.length);
      for (const item of session.agenda) expect(item.minutes).toBeGreaterThan(0);
    },
  );

  it('runs the Case Clinic phases in order inside each peer-coaching meeting', () => {
    const coaching = STARTER_SERIES.sessions[1];
    expect(coaching?.agenda.map((p) => [p.title, p.minutes])).toEqual([
      ['Check-in round', 3],
      ['Set-up', 3],
      ['Intention statement', 10],
      ['Stillness', 2],
      ['Mirroring', 10],
      ['Generative dialogue', 20],
      ['Closing round', 10],
      ['Check-out round', 2],
    ]);
  });

  it('asks the retrospective questions', () => {
    const retro = STARTER_SERIES.sessions[5];
    expect(retro?.agenda.map((p) => p.title)).toEqual([
      'Check-in round',
      'What we liked',
      'What we would improve',
      'Continue, change or split',
      'Check-out round',
    ]);
  });

  it('keeps every guidance short: one or two sentences', () => {
    const all = [...STARTER_SERIES.sessions.flatMap((s) => s.agenda), ...DEFAULT_SESSION_AGENDA];
    for (const item of all) {
      const sentences = item.guidance.split(/[.!?](?:\s|$)/).filter((t) => t.trim() !== '');
      expect(sentences.length, item.guidance).toBeGreaterThanOrEqual(1);
      expect(sentences.length, item.guidance).toBeLessThanOrEqual(2);
      expect(item.title.trim()).not.toBe('');
    }
  });
});

describe('CASE_CLINIC_PHASES and DEFAULT_SESSION_AGENDA', () => {
  it('keeps the Case Clinic timings: 3, 10, 2, 10, 20, 10 = 55 minutes', () => {
    expect(CASE_CLINIC_PHASES.map((p) => p.minutes)).toEqual([3, 10, 2, 10, 20, 10]);
    expect(agendaMinutes(CASE_CLINIC_PHASES)).toBe(55);
  });

  it('gives a plain meeting a check-in round, open time and a check-out round', () => {
    expect(DEFAULT_SESSION_AGENDA.map((p) => p.kind)).toEqual(['check-in', 'phase', 'check-out']);
    expect(agendaMinutes(DEFAULT_SESSION_AGENDA)).toBe(60);
  });
});
