// The few controls Crewkit adds to the event dialog, drawn with plain DOM and redrawn per state:
// tagged (badge, "Change host", "Remove tag"), untagged ("Make this a crew session" and its form).
import { i18n } from '#i18n';
import type { SessionBadge } from '../../core/calendar-session';
import type { CalendarDialogState } from '../../messaging/protocol';
import type { CalendarBackend, ChipRef } from './backend';
import { badgeText } from './badge-text';

export interface DialogPanelOptions {
  backend: CalendarBackend;
  event: ChipRef;
  getMeetCode: () => string | undefined;
  signal: AbortSignal;
}

type Member = { id: string; name: string };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function button(text: string, onClick: () => void, signal: AbortSignal, primary = false) {
  const node = el('button', text, primary ? 'ck-primary' : undefined);
  node.type = 'button';
  node.addEventListener('click', onClick, { signal });
  return node;
}

function memberSelect(label: string, members: Member[], selected: string | undefined) {
  const wrap = el('label');
  wrap.append(el('span', label));
  const select = el('select');
  for (const member of members) {
    const option = el('option', member.name);
    option.value = member.id;
    option.selected = member.id === selected;
    select.append(option);
  }
  wrap.append(select);
  return { wrap, select };
}

export function renderDialogPanel(root: HTMLElement, options: DialogPanelOptions): void {
  const { backend, event, signal } = options;
  const panel = el('div', undefined, 'ck-panel');
  root.replaceChildren(panel);
  const draw = (...nodes: Node[]) => panel.replaceChildren(...nodes);
  const failed = () => draw(el('p', i18n.t('calendar.failed'), 'ck-error'));
  const load = () =>
    backend
      .dialog(event, options.getMeetCode())
      .then((state) => {
        if (!signal.aborted) drawState(state);
      })
      .catch(() => {
        // The background is restarting: leave the dialog as Google drew it.
      });
  const act = (work: Promise<unknown>) => {
    work.then(load).catch(failed);
  };

  const drawTagged = (badge: SessionBadge, members: Member[]) => {
    const changeHost = () => {
      const { wrap, select } = memberSelect(i18n.t('calendar.host'), members, badge.hostId);
      draw(
        wrap,
        button(
          i18n.t('calendar.save'),
          () => act(backend.changeHost(event.eventId, select.value)),
          signal,
          true,
        ),
        button(i18n.t('calendar.cancel'), () => drawTagged(badge, members), signal),
      );
      select.focus();
    };
    draw(
      el('p', badgeText(badge)),
      button(i18n.t('calendar.changeHost'), changeHost, signal),
      button(
        i18n.t('calendar.removeTag'),
        () => act(backend.removeTag(event.eventId, event.recurringEventId)),
        signal,
      ),
    );
  };

  const drawForm = (crews: CalendarDialogState['crews'], chosen: number) => {
    const crew = crews[chosen];
    if (!crew) return;
    const nodes: Node[] = [];
    if (crews.length > 1) {
      const wrap = el('label');
      wrap.append(el('span', i18n.t('calendar.crew')));
      const select = el('select');
      crews.forEach((c, i) => {
        const option = el('option', c.name);
        option.value = String(i);
        option.selected = i === chosen;
        select.append(option);
      });
      select.addEventListener('change', () => drawForm(crews, Number(select.value)), { signal });
      wrap.append(select);
      nodes.push(wrap);
    } else {
      nodes.push(el('p', crew.name));
    }
    const index = String(crew.index);
    nodes.push(
      el(
        'p',
        crew.of !== undefined
          ? i18n.t('calendar.sessionOf', { index, of: String(crew.of) })
          : i18n.t('calendar.sessionOpen', { index }),
      ),
    );
    const host = memberSelect(i18n.t('calendar.host'), crew.members, crew.hostId);
    nodes.push(host.wrap);
    if (event.recurringEventId) nodes.push(el('p', i18n.t('calendar.wholeSeries')));
    nodes.push(
      button(
        i18n.t('calendar.tag'),
        () => {
          // A host left as proposed stays with the rotation; a changed one is pinned.
          const hostId = host.select.value !== crew.hostId ? host.select.value : undefined;
          act(backend.tag(event, crew.id, hostId, options.getMeetCode()));
        },
        signal,
        true,
      ),
      button(
        i18n.t('calendar.cancel'),
        () => drawState({ badge: null, members: [], crews }),
        signal,
      ),
    );
    draw(...nodes);
  };

  const drawState = (state: CalendarDialogState) => {
    if (state.badge) return drawTagged(state.badge, state.members);
    const open = () =>
      state.crews.length > 0 ? drawForm(state.crews, 0) : draw(el('p', i18n.t('calendar.noCrews')));
    draw(button(i18n.t('calendar.makeSession'), open, signal));
  };

  load();
}
