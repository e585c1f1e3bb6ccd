import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TalkShare } from '../../core/talk-time';
import type { RosterEntry } from '../../sites/adapter';
import { createTalkRowsView, rowTexts, shownPercent } from './talk-rows';
import { startTalkSampler, type TalkSampling } from './talk-sampler';
import type { TalkEstimateState } from './useTalkEstimate';
import './talk.css';

interface TalkBalanceProps {
  roster: readonly RosterEntry[];
  talk: TalkEstimateState;
  /** Who seems to be speaking, look by look: the call page's tiles are seen by its panel script. */
  sample?: TalkSampling;
}

/** Samples this document's tiles (a panel drawn in the call page itself, and tests). */
const sampleDocument: TalkSampling = (options) => startTalkSampler({ ...options, doc: document });

const SHOW_EVERY_MS = 1_000;

/** What the balance shows, as one string: written only when it changes (once a second). */
const shownKey = (shares: readonly TalkShare[], nameOf: (id: string) => string | undefined) =>
  shares
    .map((s) => `${s.id}:${nameOf(s.id)}:${Math.round(s.ms / 1000)}:${shownPercent(s)}`)
    .join('|');

/**
 * An ESTIMATE of who has spoken how long while this panel is open (issue 8, "Talk-time balance,
 * privately"): a small bar per person with its numbers as text. Mounted while the setting is on
 * and the call's roster is readable; the numbers live in the panel (useTalkEstimate) and are
 * forgotten when it closes, unless the user keeps them with the session.
 *
 * Its numbers change outside Preact (issue 8, "at no measurable cost"): the sampler's looks are
 * counted in the tally, and at most once a second, when a shown number changed, the rows are
 * written in place (talk-rows.ts), in the panel's own frame (frame-app.tsx). Preact renders this
 * section again only when the first person is heard.
 */
export function TalkBalance({ roster, talk, sample = sampleDocument }: TalkBalanceProps) {
  const { tally } = talk;
  const [heard, setHeard] = useState(() => tally.shares().length > 0);
  const list = useRef<HTMLUListElement>(null);
  const ids = useRef<string[]>([]);
  ids.current = roster.map((entry) => entry.id);
  const nameOf = useRef(talk.nameOf);
  nameOf.current = talk.nameOf;

  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const view = createTalkRowsView(element, (id) => nameOf.current(id));
    const controller = new AbortController();
    let shown = '';
    let shownAt = Number.NEGATIVE_INFINITY;
    const write = () => {
      if (view.show(tally.shares()) > 0) setHeard(true);
    };
    write();
    shown = shownKey(tally.shares(), nameOf.current);
    sample({
      ids: () => ids.current,
      signal: controller.signal,
      onSample: (speaking, at) => {
        tally.sample(speaking, at);
        // Shown at most once a second: where rings flicker, the percentages change on nearly
        // every sample (meet-overhead-ratio-speaking). The tally itself counts every sample.
        if (at - shownAt < SHOW_EVERY_MS) return;
        // Checked once a second too: nothing shown changes sooner.
        shownAt = at;
        const key = shownKey(tally.shares(), nameOf.current);
        if (key === shown) return;
        shown = key;
        write();
      },
    });
    return () => controller.abort();
  }, [tally, sample]);

  return (
    <section class="ck-talk" aria-labelledby="ck-talk-title">
      <h3 id="ck-talk-title" class="ck-talk__title">
        {i18n.t('call.talk.title')}
      </h3>
      <p class="ck-muted ck-talk__note">{i18n.t('call.talk.note')}</p>
      {!heard && <p class="ck-muted">{i18n.t('call.talk.none')}</p>}
      {/* Its rows are written by talk-rows.ts, not by Preact: it renders no children here. */}
      <ul class="ck-talk__list" ref={list} />
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
      {shares.map((share) => {
        const texts = rowTexts(share, nameOf);
        return (
          <li key={share.id} class="ck-talk__row" data-testid="talk-row">
            <span class="ck-talk__name">{texts.name}</span>{' '}
            <span class="ck-talk__numbers">{texts.numbers}</span>
            <span class="ck-talk__bar" aria-hidden="true">
              <span
                class="ck-talk__fill"
                style={{ transform: `scaleX(${shownPercent(share) / 100})` }}
              />
            </span>
          </li>
        );
      })}
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
