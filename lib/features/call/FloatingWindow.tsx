import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { firstTabbable, useFocusOnChange } from '../../ui/common/focus';
import type { FrameLayout, Viewport } from './frame-protocol';
import {
  clampPlacement,
  type PanelPlacement,
  RIGHT_CLEARANCE,
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
  /** The call page's viewport: the window is placed and clamped in it, not in its frame. */
  viewport: Viewport;
  /** Where the frame over the call is to sit and how large it is, whenever either changes. */
  onLayout: (layout: FrameLayout) => void;
  children: ComponentChildren;
}

const STEP = 24;
/** A dragged panel's place is remembered once it has rested this long (see onPointerMove). */
const SAVE_AFTER_DRAG_MS = 400;

/**
 * A draggable, collapsible window over the call; moved by mouse, touch or arrow keys. It fills
 * its frame (frame-app.tsx): the frame is moved and sized in the call page as it reports.
 */
export function FloatingWindow({
  placement: initial,
  title,
  pill,
  onClose,
  takeFocus,
  viewport,
  onLayout,
  children,
}: FloatingWindowProps) {
  const [placement, setPlacement] = useState(initial);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  /** A drag in screen coordinates: the frame moves under the pointer, the screen does not. */
  const drag = useRef<{ x: number; y: number; left: number; top: number; id: number } | null>(null);
  const saveAfterDrag = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
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
  const shown = size ?? { width: 0, height: 0 };
  /** Where the window is in the call page: its remembered place, or the default one. */
  const at = {
    left: placement.left ?? Math.max(8, viewport.width - shown.width - RIGHT_CLEARANCE),
    top: placement.top ?? TOP_CLEARANCE,
  };
  const moveTo = (left: number, top: number, remember: boolean): PanelPlacement => {
    const clamped = clampPlacement(
      left,
      top,
      { width: shown.width || 360, height: shown.height || 400 },
      viewport,
    );
    const next = { ...placement, ...clamped };
    if (remember) update(next);
    else setPlacement(next);
    return next;
  };

  // The page's window was resized: a remembered place is kept on screen.
  useEffect(() => {
    if (placement.left !== null && placement.top !== null)
      moveTo(placement.left, placement.top, false);
  }, [viewport.width, viewport.height]);

  const collapsed = placement.collapsed;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      setSize((old) =>
        old && old.width === rect.width && old.height === rect.height
          ? old
          : { width: rect.width, height: rect.height },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, [collapsed]);
  useEffect(() => {
    if (size) onLayout({ ...at, ...size, collapsed });
  }, [at.left, at.top, size, collapsed]);

  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as HTMLElement).closest('button')) return;
    drag.current = {
      x: event.screenX,
      y: event.screenY,
      left: at.left,
      top: at.top,
      id: event.pointerId,
    };
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
  };
  const endDrag = (event: PointerEvent) => {
    if (drag.current?.id !== event.pointerId) return;
    drag.current = null;
    clearTimeout(saveAfterDrag.current);
    savePlacement(placement);
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (start?.id !== event.pointerId) return;
    // No button held: the drag ended where this frame did not hear it (below).
    if (event.buttons === 0) return endDrag(event);
    const next = moveTo(
      start.left + event.screenX - start.x,
      start.top + event.screenY - start.y,
      false,
    );
    // Released where the frame is not (the panel held at the screen's edge, the pointer past
    // it), the drag ends without a pointerup here: Chromium gives it to the call page (seen in
    // tests/e2e/call-move.e2e.test.ts, 2026-12-03). The place is kept once the panel rests.
    clearTimeout(saveAfterDrag.current);
    saveAfterDrag.current = setTimeout(() => savePlacement(next), SAVE_AFTER_DRAG_MS);
  };
  const onHandleKey = (event: KeyboardEvent) => {
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
    };
    const d = delta[event.key];
    if (!d) return;
    event.preventDefault();
    moveTo(at.left + d[0], at.top + d[1], true);
  };

  // Shrunk, the panel stays mounted but hidden: its round keeps ticking (the chime plan follows
  // auto-advance) and a half-typed setup survives. The pill's accessible name is its own text
  // followed by what the button does, so a screen reader hears what the pill shows.
  return (
    <>
      {collapsed && (
        <div class="ck-float ck-float--pill" ref={box}>
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
          onPointerUp={endDrag}
          onLostPointerCapture={endDrag}
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
