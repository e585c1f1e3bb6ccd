// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rhythm } from '../../core/model';
import { RhythmFields } from './RhythmFields';

afterEach(cleanup);

function shown(rhythm: Rhythm, problems?: { everyDays?: string; durationMinutes?: string }) {
  const changes: Rhythm[] = [];
  render(
    <RhythmFields
      rhythm={rhythm}
      onChange={(next) => changes.push(next)}
      kindLabel="New rhythm"
      problems={problems}
    />,
  );
  return changes;
}

describe('the rhythm fields', () => {
  it('offer every ten days when someone switches to a custom rhythm', () => {
    const changes = shown({ kind: 'weekly', durationMinutes: 60 });
    expect(screen.queryByLabelText('Every how many days')).toBeNull();
    fireEvent.change(screen.getByLabelText('New rhythm'), { target: { value: 'custom' } });
    expect(changes).toEqual([{ kind: 'custom', everyDays: 10, durationMinutes: 60 }]);
  });

  it('keep the days already chosen and change the length of a session', () => {
    const changes = shown({ kind: 'custom', everyDays: 12, durationMinutes: 60 });
    expect((screen.getByLabelText('Every how many days') as HTMLInputElement).value).toBe('12');
    fireEvent.input(screen.getByLabelText('Minutes per session'), { target: { value: '90' } });
    expect(changes).toEqual([{ kind: 'custom', everyDays: 12, durationMinutes: 90 }]);
  });

  it("show the editor's problems under their fields and mark them invalid", () => {
    shown(
      { kind: 'custom', everyDays: 0, durationMinutes: 5 },
      { everyDays: 'Choose a whole number of days from 1 to 365.' },
    );
    const days = screen.getByLabelText('Every how many days');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose a whole number of days from 1 to 365.').id).toBe(
      days.getAttribute('aria-describedby'),
    );
    expect(screen.getByLabelText('Minutes per session').getAttribute('aria-invalid')).toBe('false');
  });
});
