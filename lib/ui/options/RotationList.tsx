import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { currentMembers } from '../../core/crew';
import { holdSession } from '../../core/held';
import type { Crew, Series, Session } from '../../core/model';
import {
  type Assignment,
  clearPin,
  markAway,
  planRotation,
  type RotationSession,
  swapHosts,
} from '../../core/rotation';
import { sessionLabel } from '../../core/series';
import { SESSION_WHEN as WHEN } from '../common/format-when';
import { sameIds, usePendingValue } from '../hooks/usePendingValue';
import { roleName, rotationReasonText } from './rotation-text';

interface RotationListProps {
  crew: Crew;
  series: Series;
  sessions: RotationSession[];
  now: () => number;
  onChange: (changed: Session[]) => void | Promise<void>;
  /**
   * A session was marked held: what its meetings noted (a kickoff's notes and schedule) goes into
   * the crew and series, as at a call's end (lib/store/meeting-outcomes.ts).
   */
  onHeld?: (sessionId: string) => unknown;
  onPlanMore: () => void | Promise<void>;
}

/**
 * How many coming sessions the list shows at first, and how many more each "Show more" adds. A
 * series planned far ahead (a backup with 1,229 sessions froze the options page for over a
 * minute, 2026-12-03: every row's swap menu listed every other session, 1.5 million options)
 * shows its next weeks, which is what a host plans; the rest are a button away.
 */
export const COMING_SHOWN = 12;
/** Sessions already held or skipped shown above the coming ones; the earlier ones on request. */
export const DONE_SHOWN = 3;

/**
 * Which of the ordered sessions are shown: a series that fits in the first view whole (a starter
 * series of six, held or not), else the last few done and then the next coming ones.
 */
export function shownWindow(
  ordered: readonly RotationSession[],
  comingShown: number,
  allDone: boolean,
): { shown: RotationSession[]; earlier: number; later: number } {
  if (ordered.length <= DONE_SHOWN + COMING_SHOWN) {
    return { shown: [...ordered], earlier: 0, later: 0 };
  }
  const firstComing = ordered.findIndex((s) => s.status === 'planned');
  const comingFrom = firstComing === -1 ? ordered.length : firstComing;
  const doneFrom = allDone ? 0 : Math.max(0, comingFrom - DONE_SHOWN);
  const comingTo = Math.min(ordered.length, comingFrom + comingShown);
  return {
    shown: ordered.slice(doneFrom, comingTo),
    earlier: doneFrom,
    later: ordered.length - comingTo,
  };
}

/** The coming sessions of a series with who hosts and why; away marks and swaps. */
export function RotationList({
  crew,
  series,
  sessions,
  onChange,
  onHeld,
  onPlanMore,
}: RotationListProps) {
  const [comingShown, setComingShown] = useState(COMING_SHOWN);
  const [allDone, setAllDone] = useState(false);
  const ordered = [...sessions].sort((a, b) => a.index - b.index);
  const assignments = planRotation({ crew, sessions: ordered, opensWithId: series.opensWithId });
  const byId = new Map(assignments.map((a) => [a.sessionId, a]));
  const nameOf = (id: string) => crew.members.find((m) => m.id === id)?.name ?? '?';
  const { shown, earlier, later } = shownWindow(ordered, comingShown, allDone);

  const label = (session: Session) => {
    const { index, of } = sessionLabel(session, series);
    return of ? i18n.t('rotation.sessionOf', { index, of }) : i18n.t('rotation.session', { index });
  };
  // A host swaps with a session in sight: the planned ones shown, each menu as long as the list.
  const swappable = shown
    .filter((s) => s.status === 'planned')
    .map((s) => ({ id: s.id, label: label(s) }));

  const swap = (a: string, b: string) => {
    const next = swapHosts(ordered, assignments, a, b);
    onChange(next.filter((s) => s.id === a || s.id === b));
  };

  return (
    <section class="ck-card ck-rotation" aria-labelledby="ck-rotation-title">
      <h3 id="ck-rotation-title">
        {i18n.t('rotation.title')} · <span class="ck-muted">{series.title}</span>
      </h3>
      <p class="ck-muted">{i18n.t('rotation.intro')}</p>
      {ordered.length === 0 && <p>{i18n.t('rotation.empty')}</p>}
      {earlier > 0 && (
        <button type="button" class="ck-button ck-button--quiet" onClick={() => setAllDone(true)}>
          {i18n.t('rotation.showEarlier', earlier, { count: earlier })}
        </button>
      )}
      <ol class="ck-rotation__list">
        {shown.map((session) => (
          <li key={session.id} class={`ck-rotation__row ck-rotation__row--${session.status}`}>
            <SessionRow
              crew={crew}
              session={session}
              label={label(session)}
              assignment={byId.get(session.id)}
              others={swappable.filter((s) => s.id !== session.id)}
              nameOf={nameOf}
              onAway={async (awayIds) => onChange([{ ...session, awayIds }])}
              onSwap={(otherId) => swap(session.id, otherId)}
              onUnpin={() => onChange([clearPin(session)])}
              onStatus={async (status) => {
                await onChange(withStatus(crew, ordered, session, status, series.opensWithId));
                if (status === 'held') await onHeld?.(session.id);
              }}
            />
          </li>
        ))}
      </ol>
      {later > 0 && (
        <button
          type="button"
          class="ck-button ck-button--quiet"
          onClick={() => setComingShown((n) => n + COMING_SHOWN)}
        >
          {i18n.t('rotation.showLater', later, { count: later })}
        </button>
      )}
      {series.plannedSessions === undefined && (
        <button type="button" class="ck-button" onClick={onPlanMore}>
          {i18n.t('rotation.planMore')}
        </button>
      )}
    </section>
  );
}

interface SessionRowProps {
  crew: Crew;
  session: RotationSession;
  label: string;
  assignment: Assignment | undefined;
  others: { id: string; label: string }[];
  nameOf: (id: string) => string;
  /** Who is away from this session now: saved, and shown ticked while it is. */
  onAway: (awayIds: string[]) => Promise<void>;
  onSwap: (otherSessionId: string) => void;
  onUnpin: () => void;
  onStatus: (status: 'held' | 'skipped' | 'planned') => void;
}

/**
 * Hand-made session outcomes, for sessions held in a room or anywhere Crewkit did not see the
 * call: held (lib/core/held.ts) with everyone not marked away, skipped, or back to planned.
 */
function withStatus(
  crew: Crew,
  sessions: Session[],
  session: Session,
  status: 'held' | 'skipped' | 'planned',
  opensWithId?: string,
): Session[] {
  const { hostId: _host, presentIds: _present, ...planned } = session;
  if (status === 'planned' || status === 'skipped') return [{ ...planned, status }];
  const presentMemberIds = currentMembers(crew)
    .map((m) => m.id)
    .filter((id) => !session.awayIds.includes(id));
  return holdSession({ crew, sessions, sessionId: session.id, presentMemberIds, opensWithId });
}

function SessionRow({
  crew,
  session,
  label,
  assignment,
  others,
  nameOf,
  onAway,
  onSwap,
  onUnpin,
  onStatus,
}: SessionRowProps) {
  const [swapWith, setSwapWith] = useState('');
  const [away, setAway] = usePendingValue(session.awayIds, sameIds);
  const when = WHEN.format(new Date(session.startsAt));
  const heading = (
    <p class="ck-rotation__when">
      <strong>{label}</strong> · <time dateTime={session.startsAt}>{when}</time>
    </p>
  );

  if (session.status !== 'planned' || !assignment) {
    return (
      <>
        {heading}
        <p class="ck-muted">
          {session.status === 'held' && session.hostId
            ? i18n.t('rotation.hosted', { name: nameOf(session.hostId) })
            : i18n.t(`rotation.status.${session.status === 'planned' ? 'held' : session.status}`)}
        </p>
        {session.status !== 'planned' && (
          <button
            type="button"
            class="ck-button ck-button--quiet"
            aria-label={i18n.t('rotation.backToPlannedOf', { label })}
            onClick={() => onStatus('planned')}
          >
            {i18n.t('rotation.backToPlanned')}
          </button>
        )}
      </>
    );
  }

  const hostLine = assignment.hostId
    ? i18n.t('rotation.hosts', { name: nameOf(assignment.hostId) })
    : i18n.t('rotation.noHost');
  return (
    <>
      {heading}
      <p class="ck-rotation__host">
        <span class="ck-rotation__host-name">{hostLine}</span>
        <span class="ck-rotation__reason">
          {' '}
          — {rotationReasonText(assignment.hostReason, nameOf)}
        </span>
      </p>
      {Object.entries(assignment.roles).map(([role, holder]) => (
        <p key={role} class="ck-rotation__role">
          {holder.memberId
            ? i18n.t('rotation.roleHolder', { role: roleName(role), name: nameOf(holder.memberId) })
            : i18n.t('rotation.nobodyForRole', { role: roleName(role) })}
          <span class="ck-muted"> — {rotationReasonText(holder.reason, nameOf)}</span>
        </p>
      ))}
      {assignment.notes.map((note) => (
        <p key={`${note.code}:${note.memberId}`} class="ck-muted ck-rotation__note">
          {rotationReasonText(note, nameOf)}
        </p>
      ))}
      <div class="ck-rotation__actions">
        <details class="ck-away">
          <summary>
            {i18n.t('rotation.whoIsAway')}
            {away.length > 0 && (
              <span class="ck-badge">{i18n.t('rotation.awayCount', { count: away.length })}</span>
            )}
          </summary>
          <fieldset>
            <legend class="ck-visually-hidden">
              {i18n.t('rotation.awayLegend', { index: session.index })}
            </legend>
            {currentMembers(crew).map((member) => (
              <label key={member.id} class="ck-check">
                <input
                  type="checkbox"
                  checked={away.includes(member.id)}
                  onChange={(e) => {
                    const next = markAway(
                      { ...session, awayIds: away },
                      member.id,
                      e.currentTarget.checked,
                    );
                    setAway(next.awayIds, () => onAway(next.awayIds));
                  }}
                />
                {member.name}
              </label>
            ))}
          </fieldset>
        </details>
        {others.length > 0 && assignment.hostId && (
          <div class="ck-row ck-swap">
            <select
              class="ck-select"
              aria-label={i18n.t('rotation.swapWith', { index: session.index })}
              value={swapWith}
              onChange={(e) => setSwapWith(e.currentTarget.value)}
            >
              <option value="">{i18n.t('rotation.swapChoose')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="ck-button"
              disabled={!swapWith}
              onClick={() => {
                onSwap(swapWith);
                setSwapWith('');
              }}
            >
              {i18n.t('rotation.swap')}
            </button>
          </div>
        )}
        <button
          type="button"
          class="ck-button ck-button--quiet"
          aria-label={i18n.t('rotation.markHeldOf', { label })}
          onClick={() => onStatus('held')}
        >
          {i18n.t('rotation.markHeld')}
        </button>
        <button
          type="button"
          class="ck-button ck-button--quiet"
          aria-label={i18n.t('rotation.skipOf', { label })}
          onClick={() => onStatus('skipped')}
        >
          {i18n.t('rotation.skip')}
        </button>
        {session.pinnedHostId && (
          <button type="button" class="ck-button ck-button--quiet" onClick={onUnpin}>
            {i18n.t('rotation.unpin')}
          </button>
        )}
      </div>
    </>
  );
}
