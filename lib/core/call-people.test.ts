import { describe, expect, it } from 'vitest';
import { callPeople, guestId, pageTextToPlain } from './call-people';

const crew = [
  { id: 'm-ada', name: 'Ada Lovelace' },
  { id: 'm-bashir', name: 'Bashir Rahimi' },
  { id: 'm-chiara', name: 'Chiara Bianchi' },
  { id: 'm-dmitri', name: 'Dmitri Volkov' },
];

describe('who is in the call', () => {
  it('lists present members in crew order, then guests, with absent members apart', () => {
    const people = callPeople(
      [
        { id: 'spaces/s/devices/3', name: 'chiara bianchi' },
        { id: 'spaces/s/devices/1', name: 'Ada Lovelace', isSelf: true },
        { id: 'spaces/s/devices/7', name: 'Zoë O’Brien (Acme Corp)' },
        { id: 'spaces/s/devices/2', name: 'Dmitri' },
      ],
      crew,
    );
    expect(people.members.map((p) => p.name)).toEqual([
      'Ada Lovelace',
      'Chiara Bianchi',
      'Dmitri Volkov',
    ]);
    expect(people.guests).toEqual([
      { personId: guestId('spaces/s/devices/7'), name: 'Zoë O’Brien (Acme Corp)' },
    ]);
    expect(people.absent.map((p) => p.personId)).toEqual(['m-bashir']);
    expect(people.selfId).toBe('m-ada');
  });

  it('keeps a hostile display name as plain text the store accepts', () => {
    const people = callPeople(
      [{ id: 'spaces/s/devices/9', name: '<img src=x onerror=alert(1)>' }],
      crew,
    );
    expect(people.guests[0]?.name).toBe('‹img src=x onerror=alert(1)›');
    expect(people.guests[0]?.personId).toMatch(/^guest-[0-9a-z]+$/);
    expect(pageTextToPlain('<script>x</script>')).not.toMatch(/[<>]/);
  });

  it('gives each guest a stable id that differs between participants', () => {
    expect(guestId('spaces/a/devices/1')).toBe(guestId('spaces/a/devices/1'));
    expect(guestId('spaces/a/devices/1')).not.toBe(guestId('spaces/a/devices/2'));
  });
});
