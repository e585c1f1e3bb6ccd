import { describe, expect, it } from 'vitest';
import { crewForCall } from './crew-for-call';
import type { Crew } from './model';

function crew(id: string, meetingLink?: string, archived = false): Crew {
  return {
    v: 1,
    id,
    name: `Crew ${id}`,
    members: [
      { id: `${id}-a`, name: 'Ada', joinedAt: '2026-01-01T00:00:00.000Z' },
      {
        id: `${id}-b`,
        name: 'Bashir',
        joinedAt: '2026-01-01T00:00:00.000Z',
        leftAt: '2026-02-01T00:00:00.000Z',
      },
    ],
    callerId: `${id}-a`,
    rhythm: { kind: 'weekly', durationMinutes: 60 },
    roles: [],
    agreements: [],
    ...(meetingLink ? { meetingLink } : {}),
    deckIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    ...(archived ? { archivedAt: '2026-03-01T00:00:00.000Z' } : {}),
  };
}

describe('which crew a call belongs to', () => {
  const crews = [
    crew('old', 'https://meet.google.com/abc-defg-hij', true),
    crew('meet', 'https://meet.google.com/abc-defg-hij?authuser=0'),
    crew('jitsi', 'https://meet.jit.si/TuesdayCrew'),
    crew('none'),
  ];

  it('matches a Meet call by its code, skipping archived crews', () => {
    expect(crewForCall(crews, { meetCode: 'abc-defg-hij' })?.id).toBe('meet');
    expect(crewForCall(crews, { meetCode: 'xyz-abcd-efg' })).toBeUndefined();
  });

  it('matches a Jitsi room by origin and room, ignoring case', () => {
    expect(crewForCall(crews, { url: 'https://meet.jit.si/tuesdaycrew' })?.id).toBe('jitsi');
    expect(crewForCall(crews, { url: 'https://other.example/TuesdayCrew' })).toBeUndefined();
  });

  it('matches a self-hosted tenant room by its tenant too', () => {
    const tenants = [crew('acme', 'https://jitsi.example.org/acme/TuesdayCrew')];
    expect(crewForCall(tenants, { url: 'https://jitsi.example.org/Acme/tuesdaycrew' })?.id).toBe(
      'acme',
    );
    expect(crewForCall(tenants, { url: 'https://jitsi.example.org/other/TuesdayCrew' })).toBe(
      undefined,
    );
    expect(crewForCall(tenants, { url: 'https://jitsi.example.org/TuesdayCrew' })).toBe(undefined);
  });
});
