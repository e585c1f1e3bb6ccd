// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshStore } from '../../../tests/support/store';
import { parseBackup } from '../../core/backup';
import type { Crew } from '../../core/model';
import {
  BUILTIN_CHECK_IN_DECK_ID,
  BUILTIN_DECKS,
  pickPrompt,
  withBuiltinDecks,
} from '../../core/prompts';
import type { CrewkitStore } from '../../store/store';
import { CrewPrompts } from './CrewPrompts';

const CREW: Crew = {
  v: 1,
  id: 'crew-1',
  name: 'Tuesday Crew',
  members: ['Ada', 'Bashir', 'Chiara'].map((name, i) => ({
    id: `m${i}`,
    name,
    joinedAt: '2026-01-01T00:00:00.000Z',
  })),
  callerId: 'm0',
  rhythm: { kind: 'weekly', durationMinutes: 60 },
  roles: [],
  agreements: [],
  deckIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** A stored crew and the section on screen, opened as a person would open it. */
async function setup() {
  const store = await freshStore();
  await store.putCrew(CREW);
  const announce = vi.fn();
  render(<CrewPrompts crew={CREW} store={store} subscribe={() => {}} announce={announce} />);
  fireEvent.click(await screen.findByText('Prompts'));
  await screen.findByText('(0 of our own)');
  return { store, announce };
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function createDeck(kind: string, title: string) {
  fireEvent.change(screen.getByLabelText('Kind of deck'), { target: { value: kind } });
  type('Title of the new deck', title);
  fireEvent.click(screen.getByRole('button', { name: 'Create deck' }));
  await screen.findByRole('heading', { name: new RegExp(`^${title}`) });
}

async function addPrompt(deck: string, text: string, depth?: 'light' | 'middle' | 'deep') {
  type(`New prompt for “${deck}”`, text);
  if (depth) {
    const select = screen.getByLabelText(`Depth of the new prompt for “${deck}”`);
    const option = [...select.querySelectorAll('option')].find((o) => o.textContent === depth);
    fireEvent.change(select, { target: { value: option?.value } });
  }
  fireEvent.click(screen.getByRole('button', { name: `Add prompt to “${deck}”` }));
}

async function storedDecks(store: CrewkitStore) {
  return store.listDecks(CREW.id);
}

describe('CrewPrompts', () => {
  afterEach(cleanup);

  it('says how many built-in prompts of each kind it mixes the crew’s own with', async () => {
    await setup();
    expect(
      screen.getByText(/mixed in with Crewkit's built-in ones/).textContent?.match(/\d+/g),
    ).toEqual(
      (['check-in', 'check-out', 'reflection'] as const).map((kind) =>
        String(BUILTIN_DECKS.find((deck) => deck.kind === kind)?.prompts.length),
      ),
    );
    expect(screen.getByText(/none repeats until its deck is used up/)).toBeTruthy();
  });

  it('creates a deck with two prompts, lists it on the crew and lets the picker draw them', async () => {
    const { store, announce } = await setup();
    await createDeck('check-in', 'Our warm-ups');
    await addPrompt('Our warm-ups', 'What did the garden teach you this week?');
    await screen.findByText('What did the garden teach you this week?');
    await addPrompt('Our warm-ups', 'Which promise to yourself are you keeping?', 'deep');
    await screen.findByText('(2 of our own)');

    const decks = await storedDecks(store);
    expect(decks).toHaveLength(1);
    const deck = decks[0];
    expect(deck).toMatchObject({ crewId: CREW.id, kind: 'check-in', title: 'Our warm-ups' });
    expect(deck?.prompts.map(({ text, depth }) => ({ text, depth }))).toEqual([
      { text: 'What did the garden teach you this week?', depth: 1 },
      { text: 'Which promise to yourself are you keeping?', depth: 3 },
    ]);
    expect((await store.getCrew(CREW.id))?.deckIds).toEqual([deck?.id]);
    expect(announce).toHaveBeenCalledTimes(3);
    expect(announce).toHaveBeenLastCalledWith(CREW.id);

    // With the built-in check-in deck switched off only the crew's prompts remain: light first.
    const all = withBuiltinDecks(decks);
    const request = {
      decks: all,
      kind: 'check-in' as const,
      seriesProgress: 0,
      random: () => 0,
      disabledDeckIds: [BUILTIN_CHECK_IN_DECK_ID],
      crewId: CREW.id,
    };
    const first = pickPrompt({ ...request, usage: undefined });
    expect(first?.prompt.text).toBe('What did the garden teach you this week?');
    const second = pickPrompt({ ...request, usage: first?.usage });
    expect(second?.prompt.text).toBe('Which promise to yourself are you keeping?');
    expect(second?.deckId).toBe(deck?.id);
  });

  it('names an empty or too long prompt beside its field and stores nothing', async () => {
    const { store } = await setup();
    await createDeck('check-out', 'Closings');
    await addPrompt('Closings', '   ');
    expect(await screen.findByText('Write the prompt first.')).toBeTruthy();
    expect(screen.getByLabelText('New prompt for “Closings”').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await addPrompt('Closings', 'a'.repeat(201));
    expect(
      await screen.findByText('Keep the prompt to 200 characters; this one has 201.'),
    ).toBeTruthy();
    expect((await storedDecks(store))[0]?.prompts).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses markup with its own message instead of a store error', async () => {
    const { store } = await setup();
    await createDeck('reflection', 'After hosting');
    await addPrompt('After hosting', '<b>hi</b>');
    expect(await screen.findByText(/Write the prompt as plain text/)).toBeTruthy();
    expect((await storedDecks(store))[0]?.prompts).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('removes one prompt and renames a deck, refusing a title the crew already uses', async () => {
    const { store } = await setup();
    await createDeck('check-in', 'Spring');
    await createDeck('check-in', 'Autumn');
    await addPrompt('Spring', 'What is sprouting in you?');
    await screen.findByText('What is sprouting in you?');
    fireEvent.click(
      screen.getByRole('button', { name: 'Remove the prompt “What is sprouting in you?”' }),
    );
    await vi.waitFor(() => expect(screen.queryByText('What is sprouting in you?')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Rename the deck “Spring”' }));
    type('New title for “Spring”', 'autumn ');
    fireEvent.click(screen.getByRole('button', { name: 'Save title of “Spring”' }));
    expect(await screen.findByText('The crew already has a deck called “autumn”.')).toBeTruthy();
    type('New title for “Spring”', 'Early spring');
    fireEvent.click(screen.getByRole('button', { name: 'Save title of “Spring”' }));
    await screen.findByRole('heading', { name: /^Early spring/ });

    const titles = (await storedDecks(store)).map((deck) => [deck.title, deck.prompts.length]);
    expect(titles.sort()).toEqual([
      ['Autumn', 0],
      ['Early spring', 0],
    ]);
  });

  it('deletes a deck only after the confirm step, from the store and the crew', async () => {
    const { store, announce } = await setup();
    await createDeck('check-in', 'Short-lived');
    const [deck] = await storedDecks(store);
    expect((await store.getCrew(CREW.id))?.deckIds).toEqual([deck?.id]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete the deck “Short-lived”' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/Delete “Short-lived” and its 0/);
    fireEvent.click(screen.getByRole('button', { name: 'Keep it: the deck “Short-lived” stays' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await storedDecks(store)).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Delete the deck “Short-lived”' }));
    announce.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete “Short-lived”' }));
    await screen.findByText(/No prompts of your own yet/);
    expect(await storedDecks(store)).toEqual([]);
    expect((await store.getCrew(CREW.id))?.deckIds).toEqual([]);
    expect(announce).toHaveBeenCalledWith(CREW.id);
  });

  it('puts the deck and its prompts in a backup export', async () => {
    const { store } = await setup();
    await createDeck('check-out', 'Goodbyes');
    await addPrompt('Goodbyes', 'What will you carry home?', 'middle');
    await screen.findByText('What will you carry home?');

    const parsed = parseBackup(await store.exportAll(new Date(0)));
    if (!parsed.ok) throw new Error('the export does not parse');
    expect(parsed.backup.crews[0]?.deckIds).toEqual(parsed.backup.decks.map((deck) => deck.id));
    expect(
      parsed.backup.decks.map(({ title, kind, prompts }) => ({
        title,
        kind,
        prompts: prompts.map(({ text, depth }) => ({ text, depth })),
      })),
    ).toEqual([
      {
        title: 'Goodbyes',
        kind: 'check-out',
        prompts: [{ text: 'What will you carry home?', depth: 2 }],
      },
    ]);
  });
});
