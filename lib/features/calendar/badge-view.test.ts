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

  it('the pill says it all to assistive tech; the parts are drawn host first', () => {
    const chip = document.createElement('div');
    document.body.append(chip);
    const view = renderBadge(chip, badge);
    const pill = view.host.querySelector('[role="note"]') as HTMLElement;
    expect(pill.getAttribute('aria-label')).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    expect(pill.title).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    const row = pill.querySelector('.ck-parts') as HTMLElement;
    expect(row.getAttribute('aria-hidden')).toBe('true');
    const parts = [...row.children].map((part) => [
      (part as HTMLElement).dataset.part,
      part.classList.contains('ck-sep'),
      part.querySelector('.ck-short')?.textContent ?? part.textContent,
    ]);
    expect(parts).toEqual([
      ['host', false, 'Chiara'],
      ['count', true, '3/6'],
      ['crew', true, 'Tuesday Crew'],
    ]);
    view.remove();
    expect(chip.querySelector('crewkit-badge')).toBeNull();
  });
});
