// "Copy to chat" on Meet: Crewkit puts the prompt into Meet's chat box and the user decides to
// send it (docs/meet-page.md "Chat": fill the box, never send on their behalf).
// Crewkit never opens the chat panel itself; when it is closed the panel copies to the clipboard.

import { meetSelectors } from './selectors';

export type ChatFill = 'filled' | 'no-chat';

/**
 * Fills Meet's chat box with `text` as typing would, focuses it, and returns 'filled'; returns
 * 'no-chat' when the chat panel is closed, disabled by the host, or not recognised (another UI
 * language). Never presses send: no click, no Enter, no submit.
 */
export function fillMeetChat(doc: Document, text: string): ChatFill {
  try {
    const box = doc.querySelector(meetSelectors.chatBox);
    if (!isTextArea(box) || box.disabled || box.readOnly) return 'no-chat';
    // A draft the user already typed is kept: the prompt goes on a new line after it.
    const draft = box.value;
    const next = draft.trim() === '' ? text : draft.includes(text) ? draft : `${draft}\n${text}`;
    setNativeValue(box, next);
    // Meet's framework reads the box on `input`, as after a keystroke; it must bubble to reach
    // the listeners delegated higher up.
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.focus();
    box.setSelectionRange(next.length, next.length);
    return 'filled';
  } catch {
    // Degrade, never break: the caller falls back to the clipboard.
    return 'no-chat';
  }
}

function isTextArea(element: Element | null): element is HTMLTextAreaElement {
  return element !== null && element.tagName === 'TEXTAREA';
}

/**
 * Sets the value through the prototype's own setter rather than `box.value = …`: frameworks that
 * track the value (React, and Meet's own) install a setter on the element that would swallow a
 * plain assignment, and then the `input` event would look like no change.
 */
function setNativeValue(box: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(box, value);
  else box.value = value;
}
