// @vitest-environment happy-dom
// The generic page watching every site builds on (lib/sites/dom): elements handed over once as
// they appear (again when their identity changes), and values read once per relevant change.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { observeElements, trackElements } from '../../lib/sites/dom/elements';
import { observe } from '../../lib/sites/dom/observe';
import { watchPage } from '../../lib/sites/dom/watch-page';

const frames = () => new Promise((resolve) => setTimeout(resolve, 60));
let controller = new AbortController();
afterEach(() => controller.abort());

function fixture(html = ''): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html; // Test-owned markup, never page text.
  document.body.replaceChildren(root);
  controller = new AbortController();
  return root;
}

function chip(id: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'chip';
  element.setAttribute('data-eventid', id);
  return element;
}

describe('trackElements', () => {
  test('version() grows when a tracked element leaves, and costs nothing for other removals', async () => {
    const root = fixture('<section><i class="icon">mic</i></section><p><b>word</b></p>');
    const icons = trackElements(root, '.icon', { signal: controller.signal });
    // Someone must wake the page's observer: the tracked set itself is passive.
    observe(root, () => {}, { signal: controller.signal });
    const start = icons.version();
    const connected = vi.spyOn(Node.prototype, 'isConnected', 'get');
    root.querySelector('p')?.remove();
    root.append('a caption word');
    await frames();
    expect(icons.version()).toBe(start);
    expect(connected).not.toHaveBeenCalled();
    root.querySelector('section')?.remove();
    await frames();
    expect(icons.version()).toBeGreaterThan(start);
    expect(icons.current()).toEqual([]);
    expect(connected).toHaveBeenCalled();
    connected.mockRestore();
  });

  test('an element added later is tracked, in page order', async () => {
    const root = fixture('<i class="icon" id="b"></i>');
    const icons = trackElements(root, '.icon', { signal: controller.signal });
    observe(root, () => {}, { signal: controller.signal });
    const first = document.createElement('i');
    first.className = 'icon';
    root.prepend(first);
    await frames();
    expect(icons.current()).toEqual([first, root.querySelector('#b')]);
  });
});

describe('observeElements', () => {
  test('hands over the elements already there, then each new one once as it appears', async () => {
    const root = fixture('<div class="chip" data-eventid="a"></div><p>other</p>');
    const seen: string[] = [];
    observeElements(root, '.chip', (el) => seen.push(el.getAttribute('data-eventid') ?? ''), {
      signal: controller.signal,
    });
    expect(seen).toEqual(['a']);
    const week = document.createElement('section');
    week.append(chip('b'), chip('c'));
    root.append(week, chip('d'));
    root.append(document.createElement('span'));
    await frames();
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
    // Re-inserting the same element or changing its text does not hand it over again.
    const d = root.lastElementChild?.previousElementSibling as HTMLElement;
    root.prepend(d);
    d.textContent = 'moved';
    await frames();
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });

  test('a recycled element is handed over again when its identity attribute changes', async () => {
    const root = fixture();
    const first = root.appendChild(chip('a'));
    const seen: string[] = [];
    observeElements(root, '.chip', (el) => seen.push(el.getAttribute('data-eventid') ?? ''), {
      signal: controller.signal,
      identity: 'data-eventid',
    });
    first.setAttribute('data-eventid', 'b');
    await frames();
    first.setAttribute('data-title', 'not the identity');
    await frames();
    expect(seen).toEqual(['a', 'b']);
  });

  test('an element added and removed within one frame is never handed over', async () => {
    const root = fixture();
    const seen: Element[] = [];
    observeElements(root, '.chip', (el) => seen.push(el), { signal: controller.signal });
    const gone = root.appendChild(chip('x'));
    gone.remove();
    await frames();
    expect(seen).toEqual([]);
  });

  test('text and class changes elsewhere cost no query at all', async () => {
    const root = fixture('<p>caption</p>');
    const onElement = vi.fn();
    observeElements(root, '.chip', onElement, { signal: controller.signal });
    const queries = vi.spyOn(Element.prototype, 'querySelectorAll');
    const matches = vi.spyOn(Element.prototype, 'matches');
    for (let i = 0; i < 50; i++) {
      (root.firstChild as HTMLElement).textContent = `word ${i}`;
      root.setAttribute('class', `c${i}`);
    }
    await frames();
    // The text replacement adds a text node, which is not an element: nothing to match.
    expect(queries).not.toHaveBeenCalled();
    expect(matches).not.toHaveBeenCalled();
    expect(onElement).not.toHaveBeenCalled();
    queries.mockRestore();
    matches.mockRestore();
  });

  test('stops on abort, and one failing handler does not stop the next element', async () => {
    const root = fixture();
    const seen: string[] = [];
    observeElements(
      root,
      '.chip',
      (el) => {
        const id = el.getAttribute('data-eventid') ?? '';
        if (id === 'bad') throw new Error('bug');
        seen.push(id);
      },
      { signal: controller.signal },
    );
    root.append(chip('bad'), chip('good'));
    await frames();
    controller.abort();
    root.append(chip('late'));
    await frames();
    expect(seen).toEqual(['good']);
  });
});

describe('watchPage', () => {
  test('emits the first reading, then only changed values, once per frame', async () => {
    const root = fixture('<ul></ul>');
    const list = root.querySelector('ul') as HTMLElement;
    const read = vi.fn(() => list.children.length);
    const values: number[] = [];
    watchPage(root, read, (value) => values.push(value), { signal: controller.signal });
    for (let i = 0; i < 10; i++) list.append(document.createElement('li'));
    await frames();
    list.firstElementChild?.replaceWith(document.createElement('li'));
    await frames();
    expect(values).toEqual([0, 10]);
    expect(read).toHaveBeenCalledTimes(3);
  });

  test('wakes for its own attributes only, never for class changes', async () => {
    const root = fixture('<div data-state="a"></div>');
    const target = root.firstElementChild as HTMLElement;
    const read = vi.fn(() => target.getAttribute('data-state'));
    const values: (string | null)[] = [];
    watchPage(root, read, (value) => values.push(value), {
      signal: controller.signal,
      attributes: ['data-state'],
    });
    // Another subscriber asks for class changes and another attribute on the same observer.
    observe(root, () => {}, {
      signal: controller.signal,
      classChanges: true,
      attributes: ['aria-label'],
    });
    target.setAttribute('class', 'x');
    target.setAttribute('aria-label', 'y');
    await frames();
    expect(read).toHaveBeenCalledTimes(1);
    target.setAttribute('data-state', 'b');
    await frames();
    expect(values).toEqual(['a', 'b']);
  });

  test('uses `equals` to drop readings that mean the same', async () => {
    const root = fixture();
    const values: string[][] = [];
    watchPage(
      root,
      () => [...root.querySelectorAll('span')].map((span) => span.textContent ?? ''),
      (value) => values.push(value),
      {
        signal: controller.signal,
        equals: (a, b) => a.join() === b.join(),
      },
    );
    root.append(document.createElement('p'));
    await frames();
    const span = document.createElement('span');
    span.textContent = 'Ada';
    root.append(span);
    await frames();
    expect(values).toEqual([[], ['Ada']]);
  });
});
