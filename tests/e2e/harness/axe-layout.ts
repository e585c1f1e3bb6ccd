// "Nothing cut off" (issue 11, German's long words): inside `root` (a selector; shadow roots
// are searched too), no element with text runs past the root's right edge, and none hides part
// of its text by clipping it (overflow hidden or clip with content wider than the box). The
// page itself must not scroll sideways.
import type { Page } from 'playwright-core';
import { scopeFor } from './call-frame.ts';

export async function cutOffText(page: Page, root = 'body'): Promise<string[]> {
  // The call panel's frame is its whole document: its body is the panel's box.
  const { target, host } = await scopeFor(page, root);
  return target.evaluate((rootSelector) => {
    const found: string[] = [];
    const host = document.querySelector(rootSelector);
    if (!host) return [`no ${rootSelector}`];
    const scope = host.shadowRoot ?? host;
    const box = (host.shadowRoot?.querySelector('[role="dialog"]') ?? host).getBoundingClientRect();
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      found.push(
        `the page scrolls sideways (${document.documentElement.scrollWidth} > ${window.innerWidth})`,
      );
    }
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const walk = (parent: ParentNode) => {
      for (const el of parent.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        const html = el as HTMLElement;
        if (!html.offsetParent && getComputedStyle(html).position !== 'fixed') continue;
        const ownText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (!ownText) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (rect.right > box.right + 1) found.push(`${describe(el)} runs past the right edge`);
        const style = getComputedStyle(html);
        const clips = ['hidden', 'clip'].includes(style.overflowX);
        // Screen-reader-only text is clipped on purpose.
        const srOnly = rect.width <= 1 || style.clipPath !== 'none' || style.clip !== 'auto';
        if (clips && !srOnly && html.scrollWidth > html.clientWidth + 1) {
          found.push(`${describe(el)} is clipped (${html.scrollWidth} > ${html.clientWidth})`);
        }
      }
    };
    walk(scope);
    return found;
  }, host ?? 'body');
}
