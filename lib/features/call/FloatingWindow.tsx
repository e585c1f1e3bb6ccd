import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { firstTabbable, useFocusOnChange } from '../../ui/common/focus';
import {
  clampPlacement,
  type PanelPlacement,
  savePlacement,
  TOP_CLEARANCE,
} from './window-position';

interface FloatingWindowProps {
  placement: PanelPlacement;
  title: string;
  /** What the collapsed pill shows (current speaker and time left, or the crew's name). */
  pill: ComponentChildren;
  onClose: () => void;
  /** Opened by the user from the launcher: the focus moves into the window (the launcher goes). */
  takeFocus?: boolean | undefined;
  children: ComponentChildren;
}

const STEP = 24;

/** A draggable, collapsible window over the call; moved by mouse, touch or arrow keys. */
export function FloatingWindow({
  placement: initial,
  title,
  pill,
  onClose,
  takeFocus,
  children,
}: FloatingWindowProps) {
  const [placement, setPlacement] = useState(initial);
  const box = useRef<HTMLDivElement>(null);
  const drag = useRef<{ dx: number; dy: number; id: number } | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const pillButton = useRef<HTMLButtonElement>(null);
  // Never taken from the call on its own: only when the user opened the panel (the launcher
  // that had the focus is gone), and when shrinking or growing replaces the focused button.
  useEffect(() => {
    if (takeFocus && body.current) firstTabbable(body.current)?.focus();
  }, []);
  useFocusOnChange(placement.collapsed, bar, (el) =>
    placement.collapsed ? pillButton.current : el.querySelector<HTMLElement>('.ck-float__collapse'),
  );

  const update = (next: PanelPlacement) => {
    setPlacement(next);
    savePlacement(next);
  };
  const moveTo = (left: number, top: number, remember: boolean) => {
    const rect = box.current?.getBoundingClientRect();
    const clamped = clampPlacement(
      left,
      top,
      { width: rect?.width ?? 360, height: rect?.height ?? 400 },
      { width: window.innerWidth, height: window.innerHeight },
    );
    const next = { ...placement, ...clamped };
    if (remember) update(next);
    else setPlacement(next);
  };

  useEffect(() => {
    const onResize = () => {
      if (placement.left !== null && placement.top !== null)
        moveTo(placement.left, placement.top, false);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  });

  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as HTMLElement).closest('button')) return;
    const rect = box.current?.getBoundingClientRect();
    if (!rect) return;
    drag.current = {
      dx: event.clientX - rect.left,
      dy: event.clientY - rect.top,
      id: event.pointerId,
    };
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current?.id !== event.pointerId) return;
    moveTo(event.clientX - drag.current.dx, event.clientY - drag.current.dy, false);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (drag.current?.id !== event.pointerId) return;
    drag.current = null;
    savePlacement(placement);
  };
  const onHandleKey = (event: KeyboardEvent) => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect) return;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
    };
    const d = delta[event.key];
    if (!d) return;
    event.preventDefault();
    moveTo(rect.left + d[0], rect.top + d[1], true);
  };

  const style =
    placement.left !== null && placement.top !== null
      ? { left: `${placement.left}px`, top: `${placement.top}px` }
      : { right: '16px', top: `${TOP_CLEARANCE}px` };

  // Shrunk, the panel stays mounted but hidden: its round keeps ticking (the chime plan follows
  // auto-advance) and a half-typed setup survives. The pill's accessible name is its own text
  // followed by what the button does, so a screen reader hears what the pill shows.
  const collapsed = placement.collapsed;
  return (
    <>
      {collapsed && (
        <div class="ck-float ck-float--pill" style={style} ref={box}>
          <button
            ref={pillButton}
            type="button"
            class="ck-pill"
            onClick={() => update({ ...placement, collapsed: false })}
          >
            {pill}
            <span class="ck-visually-hidden"> {i18n.t('call.expand', { title })}</span>
          </button>
        </div>
      )}
      <div
        class="ck-float"
        style={style}
        ref={collapsed ? undefined : box}
        hidden={collapsed}
        role="dialog"
        aria-label={title}
        aria-modal="false"
      >
        <div
          ref={bar}
          class="ck-float__bar"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
        >
          <button
            type="button"
            class="ck-float__handle"
            aria-label={i18n.t('call.moveHandle')}
            title={i18n.t('call.moveHandle')}
            onKeyDown={onHandleKey}
          >
            ⠿
          </button>
          <span class="ck-float__title">{title}</span>
          <button
            type="button"
            class="ck-button ck-button--quiet ck-button--icon ck-float__collapse"
            aria-label={i18n.t('call.collapse')}
            title={i18n.t('call.collapse')}
            onClick={() => update({ ...placement, collapsed: true })}
          >
            –
          </button>
          <button
            type="button"
            class="ck-button ck-button--quiet ck-button--icon"
            aria-label={i18n.t('call.close')}
            title={i18n.t('call.close')}
            onClick={onClose}
          >
            ×
          </button>
        </div>
        <div class="ck-float__body" ref={body}>
          {children}
        </div>
      </div>
    </>
  );
}
