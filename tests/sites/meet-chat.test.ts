// @vitest-environment happy-dom
// "Copy to chat" fills Meet's chat box the way typing would and never sends.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillMeetChat } from '../../lib/sites/meet/chat';
import { loadIntoDocument } from './fixtures';

const PROMPT = 'What are you bringing to the crew today? <b>not markup</b>';

/** Every event that could send a chat message, recorded on the document while a test runs. */
function recordSendAttempts(): string[] {
  const seen: string[] = [];
  for (const type of ['click', 'submit', 'keydown', 'keypress', 'keyup']) {
    document.addEventListener(
      type,
      (event) => seen.push(`${type}:${(event.target as Element).tagName}`),
      {
        capture: true,
      },
    );
  }
  return seen;
}

const chatBox = () => document.querySelector('textarea') as HTMLTextAreaElement;

describe('fillMeetChat with the chat panel open', () => {
  let sendAttempts: string[];
  beforeEach(() => {
    loadIntoDocument('meet', 'in-call-5-chat.html');
    sendAttempts = recordSendAttempts();
  });

  it('puts the prompt in the box as plain text, focuses it and presses nothing', () => {
    const inputs: { value: string; bubbles: boolean }[] = [];
    // Meet listens higher up the tree, so the event must bubble to the document.
    document.addEventListener('input', (event) =>
      inputs.push({ value: (event.target as HTMLTextAreaElement).value, bubbles: event.bubbles }),
    );
    const sent: string[] = [];
    document
      .querySelector('button[aria-label="Send message"]')
      ?.addEventListener('click', () => sent.push('send'));

    expect(fillMeetChat(document, PROMPT)).toBe('filled');

    expect(chatBox().value).toBe(PROMPT);
    expect(inputs).toEqual([{ value: PROMPT, bubbles: true }]);
    expect(document.activeElement).toBe(chatBox());
    expect(chatBox().selectionStart).toBe(PROMPT.length);
    expect(sent).toEqual([]);
    expect(sendAttempts).toEqual([]);
    // The prompt is text in the box, never markup in the page.
    expect(document.querySelector('textarea b')).toBeNull();
  });

  it('reaches a framework that tracks the value with its own setter on the element', () => {
    const box = chatBox();
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    let tracked = '';
    // As React does: an own `value` property whose setter remembers the value it saw last;
    // a plain `box.value = …` would update the tracker and the change would look like none.
    Object.defineProperty(box, 'value', {
      configurable: true,
      get: () => native?.get?.call(box) as string,
      set: (value: string) => {
        tracked = value;
        native?.set?.call(box, value);
      },
    });
    let changed = false;
    box.addEventListener('input', () => {
      changed = box.value !== tracked;
    });
    expect(fillMeetChat(document, PROMPT)).toBe('filled');
    expect(changed).toBe(true);
    expect(box.value).toBe(PROMPT);
  });

  it('keeps a draft the user typed and adds the prompt on a new line', () => {
    chatBox().value = 'Running 2 minutes late';
    expect(fillMeetChat(document, PROMPT)).toBe('filled');
    expect(chatBox().value).toBe(`Running 2 minutes late\n${PROMPT}`);
  });

  it('does not add the same prompt twice when pressed again', () => {
    fillMeetChat(document, PROMPT);
    expect(fillMeetChat(document, PROMPT)).toBe('filled');
    expect(chatBox().value).toBe(PROMPT);
  });

  it('answers no-chat when the host turned chat off (box disabled)', () => {
    chatBox().disabled = true;
    expect(fillMeetChat(document, PROMPT)).toBe('no-chat');
    expect(chatBox().value).toBe('');
  });
});

describe('fillMeetChat with the chat panel closed', () => {
  afterEach(() => {
    document.documentElement.replaceChildren();
  });

  it.each(['in-call-5.html', 'in-call-thai.html', 'lobby.html', 'left.html'])(
    'answers no-chat on %s and touches nothing',
    (file) => {
      loadIntoDocument('meet', file);
      const sendAttempts = recordSendAttempts();
      const before = document.documentElement.outerHTML;
      expect(fillMeetChat(document, PROMPT)).toBe('no-chat');
      expect(document.documentElement.outerHTML).toBe(before);
      expect(sendAttempts).toEqual([]);
    },
  );
});
