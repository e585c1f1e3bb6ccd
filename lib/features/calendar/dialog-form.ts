// "Make this a crew session": choose the crew; Crewkit shows the number and proposes the host by
// rotation, which the user can change. When the crew's series already has all its sessions, the
// user says where this one goes (lib/core/calendar-session-tag.ts): the series grows by one, or,
// for an event after its end, the next series starts. Nothing about the plan changes unasked.
import { i18n } from '#i18n';
import type {
  CalendarDialogCrew,
  CalendarDialogState,
  CalendarPlacement,
} from '../../messaging/protocol';
import { button, el, memberSelect, radioGroup } from './dialog-dom';

export interface TagFormContext {
  recurring: boolean;
  signal: AbortSignal;
  draw: (...nodes: Node[]) => void;
  /** The user confirmed: tag into this crew, maybe with a chosen host and a full-series choice. */
  tag: (crew: CalendarDialogCrew, hostId?: string, beyond?: 'grow' | 'next') => void;
  cancel: () => void;
}

function sessionLine(place: CalendarPlacement): string {
  const index = String(place.index);
  return place.of !== undefined
    ? i18n.t('calendar.sessionOf', { index, of: String(place.of) })
    : i18n.t('calendar.sessionOpen', { index });
}

function crewPicker(
  crews: CalendarDialogState['crews'],
  chosen: number,
  onPick: (index: number) => void,
  signal: AbortSignal,
): Node {
  const crew = crews[chosen] as CalendarDialogCrew;
  if (crews.length < 2) return el('p', crew.name);
  const wrap = el('label');
  wrap.append(el('span', i18n.t('calendar.crew')));
  const select = el('select');
  crews.forEach((c, i) => {
    const option = el('option', c.name);
    option.value = String(i);
    option.selected = i === chosen;
    select.append(option);
  });
  select.addEventListener('change', () => onPick(Number(select.value)), { signal });
  wrap.append(select);
  return wrap;
}

export function drawTagForm(
  crews: CalendarDialogState['crews'],
  chosen: number,
  ctx: TagFormContext,
): void {
  const crew = crews[chosen];
  if (!crew) return;
  const { signal } = ctx;
  const nodes: Node[] = [crewPicker(crews, chosen, (i) => drawTagForm(crews, i, ctx), signal)];
  let picked = crew.full?.choices[0];
  let place: CalendarPlacement = picked ?? crew;
  const line = el('p', sessionLine(place));
  const host = memberSelect(i18n.t('calendar.host'), crew.members, place.hostId);
  if (crew.full) {
    const choices = crew.full.choices;
    nodes.push(el('p', i18n.t('calendar.seriesFull', { count: String(crew.full.planned) })));
    const labels = choices.map((c) =>
      c.beyond === 'grow'
        ? i18n.t('calendar.beyondGrow', { of: String(c.of ?? c.index) })
        : i18n.t('calendar.beyondNext'),
    );
    // Another choice changes the number and the proposed host, in place (focus stays put).
    const pick = (i: number) => {
      picked = choices[i];
      place = picked ?? crew;
      line.textContent = sessionLine(place);
      if (place.hostId !== undefined) host.select.value = place.hostId;
    };
    nodes.push(radioGroup(i18n.t('calendar.where'), labels, 0, pick, signal));
  }
  nodes.push(line, host.wrap);
  if (ctx.recurring) nodes.push(el('p', i18n.t('calendar.wholeSeries')));
  nodes.push(
    button(
      i18n.t('calendar.tag'),
      () => {
        // A host left as proposed stays with the rotation; a changed one is pinned.
        const hostId = host.select.value !== place.hostId ? host.select.value : undefined;
        ctx.tag(crew, hostId, picked?.beyond);
      },
      signal,
      true,
    ),
    button(i18n.t('calendar.cancel'), ctx.cancel, signal),
  );
  ctx.draw(...nodes);
}
