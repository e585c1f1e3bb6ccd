// The talk-time balance's rows, written straight into the list while the estimate runs (issue 8,
// "at no measurable cost"). Re-rendering them through Preact once a second cost 1-2 ms a time
// on the benchmark's call page (a CPU profile: Preact's diff of the rows, their keyed moves
// whenever two people swapped places, and a message lookup per row), for a change of a few
// characters. Here row i always shows the i-th most heard person: when two swap places only
// their texts change, no element moves; a cell is written only when its text or its bar's scale
// differs from what it shows. The bar is a `scaleX` of a full-width fill, which repaints the bar
// and lays out nothing (talk.css).
//
// Text only, never markup: a name is the page's text (issue 8, "hostile names as text").
import { i18n } from '#i18n';
import type { TalkShare } from '../../core/talk-time';
import { formatSpoken } from '../../ui/panel/format';

/** A share as shown: whole percent, the bar's scale in hundredths (what a change must beat). */
export const shownPercent = (share: TalkShare) => Math.round(share.share * 100);

/** What a row shows, as text: the same words the Preact rows at the call's end show. */
export function rowTexts(share: TalkShare, nameOf: (id: string) => string | undefined) {
  return {
    name: nameOf(share.id) ?? i18n.t('call.talk.gone'),
    numbers: i18n.t('call.talk.numbers', {
      time: formatSpoken(share.ms),
      percent: String(shownPercent(share)),
    }),
  };
}

interface Row {
  name: Text;
  numbers: Text;
  fill: HTMLElement;
  shown: { id: string; seconds: number; percent: number; name: string };
}

export interface TalkRowsView {
  /** Shows `shares` (most first), writing only what changed; returns how many rows it shows. */
  show(shares: readonly TalkShare[]): number;
}

export function createTalkRowsView(
  list: HTMLElement,
  nameOf: (participantId: string) => string | undefined,
): TalkRowsView {
  const doc = list.ownerDocument;
  const rows: Row[] = [];
  const addRow = (): Row => {
    const item = doc.createElement('li');
    item.className = 'ck-talk__row';
    item.dataset.testid = 'talk-row';
    const name = doc.createElement('span');
    name.className = 'ck-talk__name';
    const numbers = doc.createElement('span');
    numbers.className = 'ck-talk__numbers';
    const bar = doc.createElement('span');
    bar.className = 'ck-talk__bar';
    bar.setAttribute('aria-hidden', 'true');
    const fill = doc.createElement('span');
    fill.className = 'ck-talk__fill';
    bar.append(fill);
    const row: Row = {
      name: doc.createTextNode(''),
      numbers: doc.createTextNode(''),
      fill,
      shown: { id: '', seconds: -1, percent: -1, name: '' },
    };
    name.append(row.name);
    numbers.append(row.numbers);
    item.append(name, ' ', numbers, bar);
    list.append(item);
    rows.push(row);
    return row;
  };

  return {
    show(shares) {
      while (rows.length > shares.length) rows.pop()?.fill.closest('li')?.remove();
      shares.forEach((share, index) => {
        const row = rows[index] ?? addRow();
        const seconds = Math.round(share.ms / 1000);
        const percent = shownPercent(share);
        const { shown } = row;
        const name = nameOf(share.id) ?? '';
        const same =
          shown.id === share.id &&
          shown.name === name &&
          shown.seconds === seconds &&
          shown.percent === percent;
        if (same) return;
        const texts = rowTexts(share, nameOf);
        if (row.name.data !== texts.name) row.name.data = texts.name;
        if (row.numbers.data !== texts.numbers) row.numbers.data = texts.numbers;
        if (shown.percent !== percent) row.fill.style.transform = `scaleX(${percent / 100})`;
        row.shown = { id: share.id, seconds, percent, name };
      });
      return rows.length;
    },
  };
}
