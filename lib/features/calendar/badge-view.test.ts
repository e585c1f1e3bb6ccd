// @vitest-environment happy-dom
// What a badge holds: the whole sentence as its name and tooltip, and its visible parts with the
// host first, so a narrow chip (which cuts the parts from the end, badge-view.ts) keeps the host.
// How the parts wrap is layout: tests/e2e/calendar.e2e.test.ts checks it in Chromium.
import { describe, expect, it } from 'vitest';
import type { SessionBadge } from '../../core/calendar-session';
import { badgeParts } from './badge-text';
import { renderBadge } from './badge-view';

const badge: SessionBadge = {
  crewId: 'tuesday',
  crewName: 'Tuesday Crew',
  sessionId: 's3',
  index: 3,
  of: 6,
  hostId: 'chiara',
  hostName: 'Chiara',
};

describe('badge parts', () => {
  it('host, then the number, then the crew, each long and short', () => {
    expect(badgeParts(badge)).toEqual([
      { kind: 'host', long: 'Chiara hosts', short: 'Chiara' },
      { kind: 'count', long: '3 of 6', short: '3/6' },
      { kind: 'crew', long: 'Tuesday Crew', short: 'Tuesday Crew' },
    ]);
  });

  it('an open-ended series without a host: the number comes first', () => {
    const { hostId: _id, hostName: _name, of: _of, ...open } = badge;
    expect(badgeParts(open).map((p) => [p.kind, p.short])).toEqual([
      ['count', '3'],
      ['crew', 'Tuesday Crew'],
    ]);
  });

  it('the pill says it all to assistive tech; the forms are drawn host first', () => {
    const chip = document.createElement('div');
    document.body.append(chip);
    const view = renderBadge(chip, badge);
    const note = view.host.querySelector('[role="note"]') as HTMLElement;
    expect(note.getAttribute('aria-label')).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    expect(note.textContent).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    expect(view.host.title).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    // every visible form is hidden from assistive tech; each after the first part ends with the
    // separator towards the one before it (drawn on its right)
    const forms = [...view.host.children].filter((node) => node !== note);
    expect(forms.every((node) => node.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(forms.map((node) => [(node as HTMLElement).dataset.part, node.textContent])).toEqual([
      ['host', 'Chiara hosts'],
      ['count', '3 of 6 · '],
      ['host', 'Chiara'],
      ['count', '3/6 · '],
      ['crew', 'Tuesday Crew · '],
    ]);
    view.remove();
    expect(chip.querySelector('crewkit-badge')).toBeNull();
  });

  it('without a host the number comes first, with no separator; badges do not share elements', () => {
    const { hostId: _id, hostName: _name, ...open } = badge;
    const chip = document.createElement('div');
    document.body.append(chip);
    const first = renderBadge(chip, open);
    const second = renderBadge(chip, badge);
    const shown = (view: typeof first) =>
      [...view.host.querySelectorAll('[aria-hidden="true"]')].map((node) => node.textContent);
    expect(shown(first)).toEqual(['3 of 6', 'Tuesday Crew · ', '3/6', '', '']);
    expect(shown(second)[0]).toBe('Chiara hosts');
    expect(chip.querySelectorAll('crewkit-badge')).toHaveLength(2);
    first.remove();
    second.remove();
  });
});
