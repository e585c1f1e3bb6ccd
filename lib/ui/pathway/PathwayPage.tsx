// The hosting pathway (issue 10), a tab of the options page: the congregation view, one person's
// pathway and reflections, and each crew's series with its end-of-series decision and .ics file.

import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { retrospectiveHeard } from '../../core/meeting-retrospective';
import { hostingLog, type Person, peopleAcrossCrews } from '../../core/pathway/log';
import type { CrewkitStore } from '../../store/store';
import { Field } from '../common/Field';
import { CongregationView } from './CongregationView';
import { CrewBalance } from './CrewBalance';
import { KeptEstimates } from './KeptEstimates';
import { PersonPathway } from './PersonPathway';
import type { PathwayPrefetch } from './pathway-prefetch';
import { Reflections } from './Reflections';
import { SeriesEnd } from './SeriesEnd';
import { TalkEstimateChart } from './TalkEstimateChart';
import { type PathwayData, usePathwayData } from './usePathwayData';
import './pathway.css';

/** How many of a person's latest hostings the reflection form offers. */
const RECENT_HOSTINGS = 12;

export interface PathwayPageProps {
  store: CrewkitStore;
  now: () => number;
  subscribe: (onChange: () => void, signal: AbortSignal) => void;
  /** From the call panel's offer: open the reflection on this crew's session. */
  reflect?: { crewId: string; sessionId: string } | undefined;
  /** The store read the options page started before this page's code loaded. */
  prefetched?: PathwayPrefetch | undefined;
}

export function PathwayPage({ store, now, subscribe, reflect, prefetched }: PathwayPageProps) {
  const query = usePathwayData(store, subscribe, prefetched);
  const data = query.status === 'ready' ? query.data : undefined;
  // The same element while nothing it shows changed: Preact then skips the whole page when the
  // options page re-renders around it (its crew list, its later sections), which would otherwise
  // work everything out again from every session.
  const content = useMemo(
    () => data && <PathwayContent store={store} now={now} data={data} reflect={reflect} />,
    [store, now, data, reflect],
  );
  if (query.status === 'loading') return <p class="ck-muted">{i18n.t('common.loading')}</p>;
  if (query.status === 'error') {
    return (
      <p class="ck-error" role="alert">
        {i18n.t('options.loadFailed', { detail: query.message })}
      </p>
    );
  }
  return content ?? null;
}

interface PathwayContentProps {
  store: CrewkitStore;
  now: () => number;
  data: PathwayData;
  reflect?: { crewId: string; sessionId: string } | undefined;
}

/** Whom the page opens on: the call panel's host, else whoever hosted last. */
function firstPerson(data: PathwayData, people: Person[], reflect: PathwayContentProps['reflect']) {
  const reflectCrew = data.crews.find((c) => c.id === reflect?.crewId);
  const reflectHost = data.sessions.find(
    (s) => s.id === reflect?.sessionId && s.crewId === reflect?.crewId,
  )?.hostId;
  const fromOffer = people.find((p) =>
    p.memberships.some((m) => m.crewId === reflectCrew?.id && m.memberId === reflectHost),
  );
  // Without a choice: whoever hosted last, as the one most likely to be looking back.
  const lastHosted = data.sessions
    .filter((s) => s.status === 'held' && s.hostId !== undefined)
    .reduce<(typeof data.sessions)[number] | undefined>(
      (latest, s) => (latest === undefined || s.startsAt > latest.startsAt ? s : latest),
      undefined,
    );
  const lastHost = people.find((p) =>
    p.memberships.some((m) => m.crewId === lastHosted?.crewId && m.memberId === lastHosted?.hostId),
  );
  return fromOffer ?? lastHost ?? people[0];
}

// What is worked out from every session is kept per load (and per person chosen), so choosing a
// person or a crew does not walk 10,000 sessions again.
function PathwayContent({ store, now, data, reflect }: PathwayContentProps) {
  const [personKey, setPersonKey] = useState<string | undefined>();
  const [crewId, setCrewId] = useState<string | undefined>();
  const reflectCrewId = reflect?.crewId;
  const reflectSessionId = reflect?.sessionId;
  const people = useMemo(() => peopleAcrossCrews(data.crews.filter((c) => !c.archivedAt)), [data]);
  const opensOn = useMemo(
    () =>
      firstPerson(
        data,
        people,
        reflectCrewId && reflectSessionId
          ? { crewId: reflectCrewId, sessionId: reflectSessionId }
          : undefined,
      ),
    [data, people, reflectCrewId, reflectSessionId],
  );
  const reflectCrew = data.crews.find((c) => c.id === reflectCrewId);
  const person = people.find((p) => p.key === personKey) ?? opensOn;
  const personKeyShown = person?.key;
  const log = useMemo(
    () => (personKeyShown === undefined ? undefined : hostingLog(personKeyShown, data)),
    [data, personKeyShown],
  );
  const memberIn = (crewId: string) =>
    person?.memberships.find((m) => m.crewId === crewId)?.memberId;
  // Reflections follow recent hostings: the newest few are offered (plus one from the call panel).
  const allHostings = log
    ? log.entries.filter((e) => e.kind === 'session' && e.roles.includes('host')).reverse()
    : [];
  const hostings = allHostings.filter(
    (e, i) => i < RECENT_HOSTINGS || e.sessionId === reflect?.sessionId,
  );
  const theirReflections = data.reflections.filter((r) => memberIn(r.crewId) === r.memberId);
  const crews = useMemo(
    () => data.crews.filter((c) => !c.archivedAt).sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  const crew = crews.find((c) => c.id === crewId) ?? reflectCrew ?? crews[0];
  const shownCrewId = crew?.id;
  // The newest three series: older ones have long been decided.
  const seriesOfCrew = useMemo(
    () =>
      data.series
        .filter((s) => s.crewId === shownCrewId)
        .sort((a, b) => (a.startsAt < b.startsAt ? 1 : -1))
        .slice(0, 3),
    [data, shownCrewId],
  );
  const crewSessions = useMemo(
    () => data.sessions.filter((s) => s.crewId === shownCrewId),
    [data, shownCrewId],
  );
  // "Now" as of this load: the congregation figures follow the data, not every re-render.
  const nowIso = useMemo(() => new Date(now()).toISOString(), [data, now]);

  return (
    <div class="ck-pathway">
      <CongregationView data={data} now={nowIso} />
      <section class="ck-card ck-pathway__section" aria-labelledby="ck-person-title">
        <h2 id="ck-person-title">{i18n.t('pathway.person.title')}</h2>
        <p class="ck-muted">{i18n.t('pathway.person.intro')}</p>
        {people.length === 0 ? (
          <p class="ck-muted">{i18n.t('pathway.person.nobody')}</p>
        ) : (
          <Field label={i18n.t('pathway.person.choose')}>
            {({ id }) => (
              <select
                class="ck-select"
                id={id}
                value={person?.key}
                onChange={(e) => setPersonKey(e.currentTarget.value)}
              >
                {people.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {person && log && (
          <>
            <PersonPathway name={person.name} log={log} />
            <Reflections
              key={person.key}
              store={store}
              name={person.name}
              hostings={hostings}
              memberIn={memberIn}
              reflections={theirReflections}
              now={now}
              initialSessionId={reflect?.sessionId}
            />
          </>
        )}
      </section>
      <section class="ck-card ck-pathway__section" aria-labelledby="ck-series-title">
        <h2 id="ck-series-title">{i18n.t('pathway.series.title')}</h2>
        <p class="ck-muted">{i18n.t('pathway.series.intro')}</p>
        {crews.length > 0 && (
          <Field label={i18n.t('pathway.series.chooseCrew')}>
            {({ id }) => (
              <select
                class="ck-select"
                id={id}
                value={crew?.id}
                onChange={(e) => setCrewId(e.currentTarget.value)}
              >
                {crews.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {crew && (
          <article class="ck-pathway__crew" aria-label={crew.name}>
            {seriesOfCrew.map((series) => (
              <SeriesEnd
                key={series.id}
                store={store}
                crew={crew}
                series={series}
                sessions={crewSessions}
                retrospectives={data.retrospectives}
                now={now}
                heard={retrospectiveHeard(
                  data.rounds,
                  new Set(crewSessions.filter((s) => s.seriesId === series.id).map((s) => s.id)),
                )}
              />
            ))}
            <CrewBalance crew={crew} rounds={data.rounds.filter((r) => r.crewId === crew.id)} />
            <TalkEstimateChart crew={crew} sessions={crewSessions} />
            <KeptEstimates store={store} sessions={crewSessions} />
          </article>
        )}
      </section>
    </div>
  );
}
