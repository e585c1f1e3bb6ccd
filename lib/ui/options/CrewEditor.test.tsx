// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Crew } from '../../core/model';
import { CrewEditor } from './CrewEditor';

const NOW = Date.parse('2026-11-26T10:00:00.000Z');

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('CrewEditor', () => {
  afterEach(cleanup);

  it('creates a crew of four with the caller first and the timekeeper role', async () => {
    const onSave = vi.fn();
    render(<CrewEditor now={() => NOW} onSave={onSave} onCancel={() => {}} />);
    type('Crew name', '  Tuesday Crew ');
    type('Name of member 1', 'Ada');
    type('Name of member 2', 'Bashir');
    type('Name of member 3', 'Chiara');
    fireEvent.click(screen.getByRole('button', { name: 'Add a member' }));
    type('Name of member 4', 'Dmitri');
    type('Email of Dmitri (optional)', 'dmitri@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Create crew' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const crew = onSave.mock.calls[0]?.[0] as Crew;
    expect(crew.name).toBe('Tuesday Crew');
    expect(crew.members.map((m) => m.name)).toEqual(['Ada', 'Bashir', 'Chiara', 'Dmitri']);
    expect(crew.members[3]?.email).toBe('dmitri@example.org');
    expect(crew.callerId).toBe(crew.members[0]?.id);
    expect(crew.roles).toEqual(['timekeeper']);
    expect(crew.createdAt).toBe('2026-11-26T10:00:00.000Z');
  });

  it('names each problem beside its field and saves nothing', async () => {
    const onSave = vi.fn();
    render(<CrewEditor now={() => NOW} onSave={onSave} onCancel={() => {}} />);
    type('Name of member 1', 'Zoë');
    type('Name of member 2', 'zoe');
    fireEvent.click(screen.getByRole('button', { name: 'Create crew' }));
    expect(await screen.findByText('Give the crew a name.')).toBeTruthy();
    expect(screen.getByLabelText('Crew name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/same name/).length).toBeGreaterThan(0);
    expect(screen.getByRole('alert').textContent).toMatch(/to fix before saving/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('reorders members with the keyboard-reachable move buttons', async () => {
    const onSave = vi.fn();
    render(<CrewEditor now={() => NOW} onSave={onSave} onCancel={() => {}} />);
    type('Crew name', 'Crew');
    type('Name of member 1', 'Ada');
    type('Name of member 2', 'Bashir');
    type('Name of member 3', 'Chiara');
    fireEvent.click(screen.getByRole('button', { name: 'Move Chiara up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ada' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create crew' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    const crew = onSave.mock.calls[0]?.[0] as Crew;
    expect(crew.members.map((m) => m.name)).toEqual(['Chiara', 'Bashir']);
    // The caller was removed, so the next member becomes caller.
    expect(crew.callerId).toBe(crew.members[0]?.id);
  });

  it('keeps a stored member who is removed as a former member, with their history', async () => {
    const crew: Crew = {
      v: 1,
      id: 'c1',
      name: 'Crew',
      members: ['Ada', 'Bashir', 'Chiara'].map((name, i) => ({
        id: `m${i}`,
        name,
        joinedAt: '2026-01-01T00:00:00.000Z',
      })),
      callerId: 'm0',
      rhythm: { kind: 'weekly', durationMinutes: 60 },
      roles: ['timekeeper'],
      agreements: ['What is said here stays here'],
      deckIds: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const onSave = vi.fn();
    render(<CrewEditor crew={crew} now={() => NOW} onSave={onSave} onCancel={() => {}} />);
    expect((screen.getByLabelText('Agreements') as HTMLTextAreaElement).value).toBe(
      'What is said here stays here',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Bashir' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save crew' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = onSave.mock.calls[0]?.[0] as Crew;
    expect(saved.members.find((m) => m.name === 'Bashir')?.leftAt).toBe('2026-11-26T10:00:00.000Z');
    expect(saved.members).toHaveLength(3);
  });

  it('edits the intentions captured at the kickoff and keeps them with the crew', async () => {
    const crew: Crew = {
      v: 2,
      id: 'c1',
      name: 'Crew',
      members: ['Ada', 'Bashir', 'Chiara'].map((name, i) => ({
        id: `m${i}`,
        name,
        joinedAt: '2026-01-01T00:00:00.000Z',
      })),
      callerId: 'm0',
      rhythm: { kind: 'weekly', durationMinutes: 60 },
      roles: ['timekeeper'],
      agreements: [],
      intentions: ['Listen without fixing'],
      deckIds: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const onSave = vi.fn();
    render(<CrewEditor crew={crew} now={() => NOW} onSave={onSave} onCancel={() => {}} />);
    const field = screen.getByLabelText('Intentions') as HTMLTextAreaElement;
    expect(field.value).toBe('Listen without fixing');
    fireEvent.input(field, {
      target: { value: ' Listen without fixing \n\nEach of us hosts once' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save crew' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = onSave.mock.calls[0]?.[0] as Crew | undefined;
    expect(saved?.intentions).toEqual(['Listen without fixing', 'Each of us hosts once']);
  });
});
