// @vitest-environment happy-dom
// What a badge holds: the whole sentence as its name and tooltip, and the form it shows, chosen
// by the pill's width with the host kept in sight (badge-text.ts badgeForms, fittingForm). How
// wide a pill is, is layout: tests/e2e/calendar.e2e.test.ts checks it in Chromium.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionBadge } from '../../core/calendar-session';
import { badgeForms, badgeParts, fittingForm, LONG_FROM_PX } from './badge-text';
import { badgeRenderer, textWidths } from './badge-view';

const badge: SessionBadge = {
  crewId: 'tuesday',
  crewName: 'Tuesday Crew',
  sessionId: 's3',
  index: 3,
  of: 6,
  hostId: 'chiara',
  hostName: 'Chiara',
};

describe('badge parts and forms', () => {
  it('host, then the number, then the crew, each long and short', () => {
    expect(badgeParts(badge)).toEqual([
      { kind: 'host', long: 'Chiara hosts', short: 'Chiara' },
      { kind: 'count', long: '3 of 6', short: '3/6' },
      { kind: 'crew', long: 'Tuesday Crew', short: 'Tuesday Crew' },
    ]);
  });

  it('an open-ended series without a host: the number comes first', () => {
    const { hostId: _id, hostName: _name, of: _of, ...open } = badge;
    expect(badgeParts(open).map((p) => [p.kind, p.short])).toEqual([
      ['count', '3'],
      ['crew', 'Tuesday Crew'],
    ]);
  });

  it('forms widest first: all long, all short, then the crew and the number dropped', () => {
    expect(badgeForms(badge)).toEqual([
      'Tuesday Crew · 3 of 6 · Chiara hosts',
      'Tuesday Crew · 3/6 · Chiara',
      '3/6 · Chiara',
      'Chiara',
    ]);
  });

  it('a pill shows the long form when wide, else the widest short form that fits', () => {
    const forms = badgeForms(badge);
    const widthOf = (text: string) => text.length * 6;
    expect(fittingForm(forms, LONG_FROM_PX, widthOf)).toBe(0);
    expect(fittingForm(forms, 200, widthOf)).toBe(1); // 27 characters: 162 px
    expect(fittingForm(forms, 120, widthOf)).toBe(2); // "3/6 · Chiara": 72 px
    expect(fittingForm(forms, 60, widthOf)).toBe(3);
    // narrower than the host's name: the name, cut by the pill's ellipsis
    expect(fittingForm(forms, 20, widthOf)).toBe(3);
  });
});

describe('the pill', () => {
  it('says it all to assistive tech; the form it shows is hidden from it', () => {
    const chip = document.createElement('div');
    document.body.append(chip);
    const view = badgeRenderer(document, new AbortController().signal).render(chip, badge);
    expect(view.host.getAttribute('role')).toBe('note');
    expect(view.host.getAttribute('aria-label')).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    expect(view.host.title).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    const forms = [...view.host.children];
    expect(forms.map((node) => [node.getAttribute('aria-hidden'), node.textContent])).toEqual([
      ['true', 'Tuesday Crew · 3 of 6 · Chiara hosts'],
    ]);
    view.remove();
    expect(chip.querySelector('crewkit-badge')).toBeNull();
  });

  it('badges do not share elements; the style element is added once', () => {
    const { hostId: _id, hostName: _name, ...open } = badge;
    const chip = document.createElement('div');
    document.body.append(chip);
    const badges = badgeRenderer(document, new AbortController().signal);
    const first = badges.render(chip, open);
    const second = badges.render(chip, badge);
    expect(first.host.textContent).toBe('Tuesday Crew · 3 of 6');
    expect(second.host.textContent).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    expect(chip.querySelectorAll('crewkit-badge')).toHaveLength(2);
    expect(document.querySelectorAll('style#crewkit-badge-style')).toHaveLength(1);
    first.remove();
    second.remove();
  });
});

describe('text widths for the forms', () => {
  // A fake font: every character is 7 px wide, except "i" (3 px), so a sum can be checked.
  const fake = () => {
    const asked: string[] = [];
    const measure = (_font: string, text: string) => {
      asked.push(text);
      let width = 0;
      for (const character of text) width += character === 'i' ? 3 : 7;
      return width;
    };
    return { asked, widthOf: textWidths(measure)('600 11px system-ui') };
  };

  it('a form is as wide as its parts: words whole, numbers digit by digit', () => {
    const { asked, widthOf } = fake();
    expect(widthOf('Tuesday Crew · 12 of 16 · Chiara hosts')).toBe(7 * 37 + 3);
    expect(asked).toEqual(['Tuesday Crew · ', '1', '2', ' of ', '6', ' · Chiara hosts']);
  });

  it("a new week's numbers are measured from digits already known: no canvas call", () => {
    const { asked, widthOf } = fake();
    widthOf('Chiara · 1/9');
    widthOf('Chiara · 2/8');
    widthOf('Chiara · 3/7');
    widthOf('Chiara · 4/6');
    widthOf('Chiara · 5/0');
    const before = asked.length;
    expect(widthOf('Chiara · 250/314')).toBe(7 * 15 + 3);
    expect(widthOf('Chiara · 98/99')).toBe(7 * 13 + 3);
    expect(asked.length).toBe(before);
  });

  it('without a canvas every text measures 0, so the shortest forms are never forced', () => {
    expect(textWidths(null)('600 11px system-ui')('Tuesday Crew · 3 of 6')).toBe(0);
  });
});

describe('the form a pill shows, from its laid-out width', () => {
  // happy-dom lays nothing out and has no canvas: the pill's width, the grid's report after
  // layout and a 7 px font are given here, as Chromium would give them.
  const setUp = () => {
    let report: (() => void) | null = null;
    class FakeResizeObserver {
      constructor(callback: ResizeObserverCallback) {
        report = () => callback([], this as unknown as ResizeObserver);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    const measured: string[] = [];
    const context = {
      font: '',
      measureText: (text: string) => {
        measured.push(text);
        return { width: text.length * 7 };
      },
    };
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      context as unknown as CanvasRenderingContext2D,
    );
    const main = document.createElement('div');
    main.setAttribute('role', 'main');
    document.body.append(main);
    const badges = badgeRenderer(document, new AbortController().signal);
    /** A pill on a new chip whose content is `width` px wide once laid out (22 px padding). */
    const draw = (width: number, index: number) => {
      const chip = document.createElement('div');
      main.append(chip);
      const view = badges.render(chip, { ...badge, index });
      Object.defineProperty(view.host, 'clientWidth', { value: width + 22 });
      return view.host;
    };
    return { badges, draw, measured, laidOut: () => report?.() };
  };

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('a pill drawn at the width the last one had keeps its form; a narrower one is shortened', () => {
    const { draw, laidOut } = setUp();
    // The first pill knows no width yet: it starts long, and is shortened once laid out.
    const first = draw(150, 3);
    expect(first.textContent).toBe('Tuesday Crew · 3 of 6 · Chiara hosts');
    laidOut();
    // "Tuesday Crew · 3/6 · Chiara" is 27 characters (189 px), "3/6 · Chiara" 12 (84 px).
    expect(first.textContent).toBe('3/6 · Chiara');
    // The next week's pills start with the form their width allows, and keep it.
    const second = draw(150, 4);
    expect(second.textContent).toBe('4/6 · Chiara');
    laidOut();
    expect(second.textContent).toBe('4/6 · Chiara');
    // A pill laid out narrower than the width it was drawn for is measured again.
    const narrow = draw(60, 5);
    expect(narrow.textContent).toBe('5/6 · Chiara');
    laidOut();
    expect(narrow.textContent).toBe('Chiara');
    // Wide enough for every long form again.
    const wide = draw(240, 6);
    laidOut();
    expect(wide.textContent).toBe('Tuesday Crew · 6 of 6 · Chiara hosts');
  });

  it("pills of a new week's numbers measure no new text", () => {
    const { draw, laidOut, measured } = setUp();
    draw(150, 1);
    laidOut();
    for (let index = 10; index < 20; index++) draw(150, index);
    laidOut();
    const before = measured.length;
    for (let index = 200; index < 230; index++) draw(150, index);
    laidOut();
    expect(measured.length).toBe(before);
  });
});
