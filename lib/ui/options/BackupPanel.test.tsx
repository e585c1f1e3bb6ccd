// @vitest-environment happy-dom
// What the backup screen shows for the hostile files: the core's precise finding in the locale's
// words, a message when Export cannot write, and a file input ready for the same file again.
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel, type BackupStore } from './BackupPanel';

const fixture = (name: string) => readFileSync(`tests/fixtures/backups/${name}`, 'utf8');

function setup(exportAll: BackupStore['exportAll'] = async () => fixture('v1-small.json')) {
  const store: BackupStore = {
    exportAll: vi.fn(exportAll),
    importBackup: vi.fn(async () => ({ ok: true as const })),
    wipe: vi.fn(async () => {}),
  };
  render(<BackupPanel store={store} now={() => Date.parse('2026-12-24T12:00:00.000Z')} />);
  return store;
}

const input = () => screen.getByLabelText('Import a backup') as HTMLInputElement;

/** Chooses a file as the browser does: the input holds it (and its fake path) until cleared. */
function choose(name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input(), 'files', { value: [file], configurable: true });
  Object.defineProperty(input(), 'value', {
    configurable: true,
    get: () => (input().dataset.cleared ? '' : `C:\\fakepath\\${name}`),
    set: (value: string) => {
      if (value === '') input().dataset.cleared = 'yes';
    },
  });
  delete input().dataset.cleared;
  fireEvent.change(input());
}

afterEach(() => {
  cleanup();
});

describe('BackupPanel refusals', () => {
  it('says what is wrong, not only where, and empties the file input', async () => {
    setup();
    choose('backup.json', fixture('hostile-version-text.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The value at version is not allowed: expected 1, found the text "1".',
    );
    expect(input().value).toBe('');

    choose('backup.json', fixture('hostile-long-name.json'));
    await vi.waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'The text at crews[0].members[0].name is too long: at most 100 characters.',
      ),
    );
    expect(input().value).toBe('');
  });

  it('names depth, round states and sizes in the locale', async () => {
    setup();
    const expected: [string, string][] = [
      [
        'hostile-deep-100000.json',
        'is nested too deeply: at most 32 levels. Crewkit never writes anything that deep.',
      ],
      [
        'hostile-round-state.json',
        "The round at rounds[0].state cannot be loaded by this Crewkit's round engine",
      ],
      [
        'hostile-state-text.json',
        'The text at rounds[0].state.entries[0].slot.name is too long: at most 1000 characters.',
      ],
    ];
    for (const [name, sentence] of expected) {
      choose(name, fixture(name));
      await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain(sentence));
      expect(input().value).toBe('');
    }
  });

  it('a sound file can be chosen again after Cancel', async () => {
    setup();
    choose('backup.json', fixture('v1-small.json'));
    await screen.findByText(/is a sound backup with 1 crew and 6 sessions\./);
    expect(input().value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    choose('backup.json', fixture('v1-small.json'));
    await screen.findByText(/is a sound backup/);
  });
});

describe('BackupPanel export', () => {
  it('names the record it cannot write, in the locale, instead of failing silently', async () => {
    setup(async () => {
      // As the store's UnwritableBackupError carries it.
      throw Object.assign(new Error('Nested too deeply'), {
        problem: {
          code: 'too-deep',
          path: 'round.state.notes[0]',
          message: 'Nested too deeply at round.state.notes[0]: a round is at most 12 levels deep.',
          detail: { rule: 'max-depth', limit: 12 },
        },
      });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The backup could not be written, so nothing was downloaded. The value at round.state.notes[0] is nested too deeply: at most 12 levels. Crewkit never writes anything that deep.',
    );
  });

  it('says so for any other failure too', async () => {
    setup(async () => {
      throw new Error('The database is closed.');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The backup could not be written, so nothing was downloaded. The database is closed.',
    );
  });
});
