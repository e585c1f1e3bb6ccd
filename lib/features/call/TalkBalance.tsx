import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { createTalkTally, type TalkShare } from '../../core/talk-time';
import type { RosterEntry } from '../../sites/adapter';
import { formatSpoken } from '../../ui/panel/format';
import { startTalkSampler } from './talk-sampler';

interface TalkBalanceProps {
  roster: readonly RosterEntry[];
  /** Injected for tests; the page's document by default. */
  doc?: Document;
}

/** What the balance shows, as one string: re-render only when it changes (once a second). */
const shownKey = (shares: TalkShare[]) =>
  shares.map((s) => `${s.id}:${Math.round(s.ms / 1000)}:${Math.round(s.share * 100)}`).join('|');

/**
 * An ESTIMATE of who has spoken how long while this panel is open (issue 8, "Talk-time balance,
 * privately"): a small bar per person with its numbers as text. Mounted only when the setting is
 * on; unmounting (panel closed, setting off) stops the sampler and forgets the numbers.
 */
export function TalkBalance({ roster, doc = document }: TalkBalanceProps) {
  const tally = useMemo(() => createTalkTally(), []);
  const [shares, setShares] = useState<TalkShare[]>([]);
  const ids = useRef<string[]>([]);
  ids.current = roster.map((entry) => entry.id);

  useEffect(() => {
    const controller = new AbortController();
    let shown = '';
    startTalkSampler({
      doc,
      ids: () => ids.current,
      signal: controller.signal,
      onSample: (speaking, at) => {
        tally.sample(speaking, at);
        const next = tally.shares();
        const key = shownKey(next);
        if (key !== shown) {
          shown = key;
          setShares(next);
        }
      },
    });
    return () => controller.abort();
  }, [tally, doc]);

  const names = new Map(roster.map((entry) => [entry.id, entry.name]));
  return (
    <section class="ck-talk" aria-labelledby="ck-talk-title">
      <h3 id="ck-talk-title" class="ck-talk__title">
        {i18n.t('call.talk.title')}
      </h3>
      <p class="ck-muted ck-talk__note">{i18n.t('call.talk.note')}</p>
      {shares.length === 0 ? (
        <p class="ck-muted">{i18n.t('call.talk.none')}</p>
      ) : (
        <ul class="ck-talk__list">
          {shares.map((share) => (
            <li key={share.id} class="ck-talk__row" data-testid="talk-row">
              <span class="ck-talk__name">{names.get(share.id) ?? i18n.t('call.talk.gone')}</span>{' '}
              <span class="ck-talk__numbers">
                {i18n.t('call.talk.numbers', {
                  time: formatSpoken(share.ms),
                  percent: String(Math.round(share.share * 100)),
                })}
              </span>
              <span class="ck-talk__bar" aria-hidden="true">
                <span
                  class="ck-talk__fill"
                  style={{ width: `${Math.round(share.share * 100)}%` }}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
