// The few controls Crewkit adds to the event dialog, drawn with plain DOM and redrawn per state:
// tagged (badge, "Change host", "Skip this session" for a recurring instance, "Remove tag"),
// skipped ("Undo skip"), untagged ("Make this a crew session" and its form, dialog-form.ts).
import { i18n } from '#i18n';
import type { SessionBadge } from '../../core/calendar-session';
import type { CalendarDialogState } from '../../messaging/protocol';
import type { CalendarBackend, ChipRef } from './backend';
import { badgeText } from './badge-text';
import { button, el, type Member, memberSelect } from './dialog-dom';
import { drawTagForm } from './dialog-form';

export interface DialogPanelOptions {
  backend: CalendarBackend;
  event: ChipRef;
  getMeetCode: () => string | undefined;
  signal: AbortSignal;
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

  const drawTagged = (badge: SessionBadge, members: Member[], canSkip: boolean) => {
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
        button(i18n.t('calendar.cancel'), () => drawTagged(badge, members, canSkip), signal),
      );
      select.focus();
    };
    draw(
      el('p', badgeText(badge)),
      button(i18n.t('calendar.changeHost'), changeHost, signal),
      ...(canSkip
        ? [button(i18n.t('calendar.skip'), () => act(backend.skip(event.eventId, true)), signal)]
        : []),
      button(
        i18n.t('calendar.removeTag'),
        () => act(backend.removeTag(event.eventId, event.recurringEventId)),
        signal,
      ),
    );
  };

  const drawSkipped = (crewName: string) => {
    draw(
      el('p', i18n.t('calendar.skipped', { crew: crewName })),
      button(i18n.t('calendar.undoSkip'), () => act(backend.skip(event.eventId, false)), signal),
    );
  };

  const drawState = (state: CalendarDialogState) => {
    if (state.badge) return drawTagged(state.badge, state.members, state.canSkip === true);
    if (state.skipped) return drawSkipped(state.skipped.crewName);
    const open = () =>
      state.crews.length > 0
        ? drawTagForm(state.crews, 0, {
            recurring: event.recurringEventId !== undefined,
            signal,
            draw,
            tag: (crew, hostId, beyond) =>
              act(backend.tag(event, crew.id, hostId, options.getMeetCode(), beyond)),
            cancel: () => drawState({ badge: null, members: [], crews: state.crews }),
          })
        : draw(el('p', i18n.t('calendar.noCrews')));
    draw(button(i18n.t('calendar.makeSession'), open, signal));
  };

  load();
}
