// @vitest-environment happy-dom
// Injected UI (lib/features/shadow-host.ts): under the parent it is given, and one stylesheet
// shared by every host with the same CSS, so hundreds of badges do not copy the theme.
import { afterEach, describe, expect, test } from 'vitest';
import { createShadowHost } from '../../lib/features/shadow-host';

let controller = new AbortController();
afterEach(() => controller.abort());

describe('createShadowHost', () => {
  test('mounts under the given parent and is removed on abort', () => {
    controller = new AbortController();
    const chip = document.body.appendChild(document.createElement('div'));
    const { host, container } = createShadowHost('crewkit-badge', '.b{}', controller.signal, chip);
    expect(host.parentNode).toBe(chip);
    expect(container.isConnected).toBe(true);
    controller.abort();
    expect(chip.children).toHaveLength(0);
  });

  test('200 hosts with the same CSS share one constructable stylesheet and copy no <style>', () => {
    controller = new AbortController();
    const css = ':root{--ck-accent:#2f6b57}.badge{color:var(--ck-accent)}';
    const hosts = Array.from({ length: 200 }, () =>
      createShadowHost('crewkit-badge', css, controller.signal, document.body),
    );
    const sheets = new Set(hosts.flatMap(({ shadow }) => shadow.adoptedStyleSheets));
    expect(sheets.size).toBe(1);
    expect(hosts.every(({ shadow }) => shadow.querySelector('style') === null)).toBe(true);
    const rules = [...([...sheets][0]?.cssRules ?? [])].map((rule) => rule.cssText).join('\n');
    expect(rules).toContain(':host');
    // Another CSS text gets its own sheet.
    const other = createShadowHost('crewkit-call', '.panel{}', controller.signal);
    expect(other.shadow.adoptedStyleSheets[0]).not.toBe([...sheets][0]);
  });

  test('falls back to a <style> where sheets cannot be adopted', () => {
    controller = new AbortController();
    const Sheet = window.CSSStyleSheet;
    // A world without constructable sheets (older browsers, some content-script worlds).
    Object.assign(window, { CSSStyleSheet: undefined });
    try {
      const { shadow } = createShadowHost('crewkit-old', '.old{color:red}', controller.signal);
      expect(shadow.querySelector('style')?.textContent).toContain('.old{color:red}');
    } finally {
      Object.assign(window, { CSSStyleSheet: Sheet });
    }
  });
});
