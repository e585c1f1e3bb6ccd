import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TalkShare } from '../../core/talk-time';
import type { RosterEntry } from '../../sites/adapter';
import { formatSpoken } from '../../ui/panel/format';
import { startTalkSampler } from './talk-sampler';
import type { TalkEstimateState } from './useTalkEstimate';

interface TalkBalanceProps {
  roster: readonly RosterEntry[];
  talk: TalkEstimateState;
  /** Injected for tests: the page's document by default. */
  doc?: Document;
}

const SHOW_EVERY_MS = 1_000;

/** What the balance shows, as one string: re-render only when it changes (once a second). */
const shownKey = (shares: TalkShare[]) =>
  shares.map((s) => `${s.id}:${Math.round(s.ms / 1000)}:${Math.round(s.share * 100)}`).join('|');

/**
 * An ESTIMATE of who has spoken how long while this panel is open (issue 8, "Talk-time balance,
 * privately"): a small bar per person with its numbers as text. Mounted while the setting is on
 * and the call's roster is readable; the numbers live in the panel (useTalkEstimate) and are
 * forgotten when it closes, unless the user keeps them with the session.
 */
export function TalkBalance({ roster, talk, doc = document }: TalkBalanceProps) {
  const { tally } = talk;
  const [shares, setShares] = useState<TalkShare[]>(() => tally.shares());
  const ids = useRef<string[]>([]);
  ids.current = roster.map((entry) => entry.id);

  useEffect(() => {
    const controller = new AbortController();
    let shown = shownKey(tally.shares());
    let shownAt = Number.NEGATIVE_INFINITY;
    startTalkSampler({
      doc,
      ids: () => ids.current,
      signal: controller.signal,
      onSample: (speaking, at) => {
        tally.sample(speaking, at);
        // Shown at most once a second: where rings flicker, the percentages changed on nearly
        // every sample, each a re-render of the balance and a frame (issue 8, measured in
        // meet-overhead-ratio-speaking). The tally itself counts every sample.
        if (at - shownAt < SHOW_EVERY_MS) return;
        const next = tally.shares();
        const key = shownKey(next);
        if (key !== shown) {
          shown = key;
          shownAt = at;
          setShares(next);
        }
      },
    });
    return () => controller.abort();
  }, [tally, doc]);

  return (
    <section class="ck-talk" aria-labelledby="ck-talk-title">
      <h3 id="ck-talk-title" class="ck-talk__title">
        {i18n.t('call.talk.title')}
      </h3>
      <p class="ck-muted ck-talk__note">{i18n.t('call.talk.note')}</p>
      {shares.length === 0 ? (
        <p class="ck-muted">{i18n.t('call.talk.none')}</p>
      ) : (
        <TalkRows shares={shares} nameOf={talk.nameOf} />
      )}
      <KeepChoice talk={talk} />
    </section>
  );
}

/** At the call's end, with the roster gone: the numbers heard, and the choice to keep them. */
export function TalkAtCallEnd({ talk }: { talk: TalkEstimateState }) {
  const shares = talk.tally.shares();
  if (!talk.canKeep || shares.length === 0) return null;
  return (
    <section class="ck-talk ck-card" aria-labelledby="ck-talk-end-title">
      <h3 id="ck-talk-end-title" class="ck-talk__title">
        {i18n.t('call.talk.title')}
      </h3>
      <TalkRows shares={shares} nameOf={talk.nameOf} />
      <KeepChoice talk={talk} />
    </section>
  );
}

function TalkRows({
  shares,
  nameOf,
}: {
  shares: TalkShare[];
  nameOf: (participantId: string) => string | undefined;
}) {
  return (
    <ul class="ck-talk__list">
      {shares.map((share) => (
        <li key={share.id} class="ck-talk__row" data-testid="talk-row">
          <span class="ck-talk__name">{nameOf(share.id) ?? i18n.t('call.talk.gone')}</span>{' '}
          <span class="ck-talk__numbers">
            {i18n.t('call.talk.numbers', {
              time: formatSpoken(share.ms),
              percent: String(Math.round(share.share * 100)),
            })}
          </span>
          <span class="ck-talk__bar" aria-hidden="true">
            <span class="ck-talk__fill" style={{ width: `${Math.round(share.share * 100)}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Off unless chosen: only then does the estimate leave the panel, to the session's record. */
function KeepChoice({ talk }: { talk: TalkEstimateState }) {
  if (!talk.canKeep) return null;
  return (
    <div class="ck-talk__keep">
      <label class="ck-talk__check">
        <input
          type="checkbox"
          checked={talk.keep}
          onChange={(event) => talk.setKeep(event.currentTarget.checked)}
        />{' '}
        {i18n.t('call.talk.keep')}
      </label>
      <p class="ck-muted" role="status">
        {talk.status === 'kept' && i18n.t('call.talk.kept')}
        {talk.status === 'refused' && i18n.t('call.talk.keepRefused')}
      </p>
    </div>
  );
}
