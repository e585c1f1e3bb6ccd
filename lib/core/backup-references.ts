// Checks a structurally valid backup can't express in a schema: every reference points at a
// record in the same file, and no two records would land on the same storage key (one would
// silently overwrite the other on import).
import type { Backup, BackupProblem } from './backup-types';

export function findReferenceProblems(backup: Backup): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const dangling = (path: string, what: string, id: string) =>
    problems.push({
      code: 'dangling-reference',
      path,
      message: `Dangling reference at ${path}: no ${what} with id "${id}" in this backup.`,
      detail: { rule: 'no-such-id', text: id },
    });
  const duplicate = (path: string, what: string, id: string) =>
    problems.push({
      code: 'duplicate-id',
      path,
      message: `Duplicate id at ${path}: another ${what} already has id "${id}".`,
      detail: { rule: 'same-id', text: id },
    });

  const crews = new Map<string, Backup['crews'][number]>();
  backup.crews.forEach((crew, i) => {
    if (crews.has(crew.id)) duplicate(`crews[${i}].id`, 'crew', crew.id);
    crews.set(crew.id, crew);
    const memberIds = new Set<string>();
    crew.members.forEach((member, m) => {
      if (memberIds.has(member.id)) {
        duplicate(`crews[${i}].members[${m}].id`, 'member of this crew', member.id);
      }
      memberIds.add(member.id);
    });
    if (!memberIds.has(crew.callerId)) {
      dangling(`crews[${i}].callerId`, 'member of this crew', crew.callerId);
    }
  });

  const crewOf = (path: string, crewId: string) => {
    if (!crews.has(crewId)) dangling(path, 'crew', crewId);
  };
  const seen = (kind: string) => {
    const keys = new Set<string>();
    return (path: string, what: string, crewId: string | undefined, id: string) => {
      const key = `${kind}/${crewId ?? '-'}/${id}`;
      if (keys.has(key)) duplicate(path, what, id);
      keys.add(key);
    };
  };

  const seriesKeys = seen('series');
  const seriesCrew = new Map<string, string>();
  backup.series.forEach((series, i) => {
    crewOf(`series[${i}].crewId`, series.crewId);
    seriesKeys(`series[${i}].id`, 'series of this crew', series.crewId, series.id);
    seriesCrew.set(`${series.crewId}/${series.id}`, series.crewId);
  });

  const sessionKeys = seen('session');
  const sessions = new Set<string>();
  backup.sessions.forEach((session, i) => {
    crewOf(`sessions[${i}].crewId`, session.crewId);
    sessionKeys(`sessions[${i}].id`, 'session of this crew', session.crewId, session.id);
    sessions.add(`${session.crewId}/${session.id}`);
    const crewFound = crews.has(session.crewId);
    if (crewFound && session.seriesId && !seriesCrew.has(`${session.crewId}/${session.seriesId}`)) {
      dangling(`sessions[${i}].seriesId`, 'series of this crew', session.seriesId);
    }
  });

  const roundKeys = seen('round');
  backup.rounds.forEach((round, i) => {
    if (round.crewId !== undefined) crewOf(`rounds[${i}].crewId`, round.crewId);
    roundKeys(`rounds[${i}].id`, 'round', round.crewId, round.id);
    const sessionFound =
      round.sessionId === undefined ||
      (round.crewId !== undefined && sessions.has(`${round.crewId}/${round.sessionId}`));
    if (!sessionFound)
      dangling(`rounds[${i}].sessionId`, 'session of this crew', `${round.sessionId}`);
  });

  const deckKeys = seen('deck');
  const decks = new Set<string>();
  backup.decks.forEach((deck, i) => {
    crewOf(`decks[${i}].crewId`, deck.crewId);
    deckKeys(`decks[${i}].id`, 'deck of this crew', deck.crewId, deck.id);
    decks.add(`${deck.crewId}/${deck.id}`);
    const promptIds = new Set<string>();
    deck.prompts.forEach((prompt, p) => {
      if (promptIds.has(prompt.id)) {
        duplicate(`decks[${i}].prompts[${p}].id`, 'prompt of this deck', prompt.id);
      }
      promptIds.add(prompt.id);
    });
  });
  backup.crews.forEach((crew, i) => {
    crew.deckIds.forEach((deckId, d) => {
      if (!decks.has(`${crew.id}/${deckId}`)) {
        dangling(`crews[${i}].deckIds[${d}]`, 'deck of this crew', deckId);
      }
    });
  });

  const memberOf = (crewId: string, memberId: string) =>
    crews.get(crewId)?.members.some((m) => m.id === memberId) ?? false;
  const reflectionKeys = seen('reflection');
  backup.reflections.forEach((reflection, i) => {
    crewOf(`reflections[${i}].crewId`, reflection.crewId);
    reflectionKeys(`reflections[${i}].id`, 'reflection', reflection.crewId, reflection.id);
    if (!crews.has(reflection.crewId)) return;
    if (!memberOf(reflection.crewId, reflection.memberId)) {
      dangling(`reflections[${i}].memberId`, 'member of this crew', reflection.memberId);
    }
    const sessionId = reflection.sessionId;
    if (sessionId !== undefined && !sessions.has(`${reflection.crewId}/${sessionId}`)) {
      dangling(`reflections[${i}].sessionId`, 'session of this crew', sessionId);
    }
  });
  const retrospectiveKeys = seen('retrospective');
  backup.retrospectives.forEach((retro, i) => {
    crewOf(`retrospectives[${i}].crewId`, retro.crewId);
    retrospectiveKeys(`retrospectives[${i}].id`, 'retrospective', retro.crewId, retro.id);
    if (crews.has(retro.crewId) && !seriesCrew.has(`${retro.crewId}/${retro.seriesId}`)) {
      dangling(`retrospectives[${i}].seriesId`, 'series of this crew', retro.seriesId);
    }
  });

  const usageCrews = new Set<string>();
  backup.promptUsage.forEach((usage, i) => {
    crewOf(`promptUsage[${i}].crewId`, usage.crewId);
    if (usageCrews.has(usage.crewId)) {
      duplicate(`promptUsage[${i}].crewId`, 'prompt usage record for this crew', usage.crewId);
    }
    usageCrews.add(usage.crewId);
  });
  return problems;
}
