// An extension page's store that tells the rest of the extension what it wrote. Other pages hear
// the store's own BroadcastChannel; content scripts cannot, so the background relays for them
// (it is woken by the message even when its worker was stopped).
import type { Id } from '../core/model';
import type { StoreChange } from './changes';
import type { CrewkitStore } from './store';

const EVERYTHING = ['crew', 'series', 'session', 'round', 'deck', 'usage', 'settings'];

type Notify = (change: StoreChange) => void;

function crewOf(record: { crewId?: Id | undefined; id?: Id } | undefined, isCrew = false): Id[] {
  if (!record) return [];
  const id = isCrew ? record.id : record.crewId;
  return id ? [id] : [];
}

export function announceWrites(store: CrewkitStore, notify: Notify): CrewkitStore {
  const after =
    <A extends unknown[], R>(
      run: (...args: A) => Promise<R>,
      change: (...args: A) => StoreChange,
    ) =>
    async (...args: A): Promise<R> => {
      const result = await run(...args);
      notify(change(...args));
      return result;
    };
  return {
    ...store,
    putCrew: after(store.putCrew, (crew) => ({ kinds: ['crew'], crewIds: crewOf(crew, true) })),
    deleteCrew: after(store.deleteCrew, (crewId) => ({ kinds: EVERYTHING, crewIds: [crewId] })),
    putSeries: after(store.putSeries, (s) => ({ kinds: ['series'], crewIds: crewOf(s) })),
    putSession: after(store.putSession, (s) => ({ kinds: ['session'], crewIds: crewOf(s) })),
    putSessions: after(store.putSessions, (list) => ({
      kinds: ['session'],
      crewIds: [...new Set(list.flatMap((s) => crewOf(s)))],
    })),
    putRound: after(store.putRound, (r) => ({ kinds: ['round'], crewIds: crewOf(r) })),
    deleteRound: after(store.deleteRound, (crewId) => ({
      kinds: ['round'],
      crewIds: crewId ? [crewId] : [],
    })),
    putDeck: after(store.putDeck, (d) => ({ kinds: ['deck'], crewIds: crewOf(d) })),
    deleteDeck: after(store.deleteDeck, (crewId) => ({
      kinds: ['deck', 'crew'],
      crewIds: [crewId],
    })),
    putPromptUsage: after(store.putPromptUsage, (u) => ({ kinds: ['usage'], crewIds: crewOf(u) })),
    putSettings: after(store.putSettings, () => ({ kinds: ['settings'], crewIds: [] })),
    importBackup: after(store.importBackup, () => ({ kinds: EVERYTHING, crewIds: [] })),
    wipe: after(store.wipe, () => ({ kinds: EVERYTHING, crewIds: [] })),
  };
}
