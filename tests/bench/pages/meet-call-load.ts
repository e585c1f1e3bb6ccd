// A Meet-like call page that works the way a real one does, for meet-overhead.bench.ts (issue 8,
// "An overhead benchmark that sees what Meet does"): the in-call-5 fixture padded to about 4,000
// elements (Meet's real DOM is that large: reference/google-meet-dom.md, "Structure of a real
// in-call page", seen 2026-04), with the page's own activity running in its main world:
// - 200 class flips a second on the tiles' voice-level elements (div[jsname=QgSmzd]), as while
//   people talk;
// - live captions in div[role=region][aria-label="Captions"] (imitated as in in-call-5-quotes):
//   a word appended every 150 ms, a new line every 12 words, three lines kept;
// - the clock text in div[data-meeting-title] once a second;
// - a hover tooltip (div[role=tooltip]) added to <body> every 400 ms and removed 250 ms later.
// The same bytes are served where Crewkit runs and where it does not, so the page's own cost is
// identical on both sides of the ratio.
import { readFileSync } from 'node:fs';
import { FIXTURE_PAGES_DIR } from '../../e2e/harness/servers.ts';

export const TARGET_ELEMENTS = 4000;
export const CLASS_FLIPS_PER_SECOND = 200;
export const CAPTION_WORD_MS = 150;

const WORDS = (
  'so what I noticed this week is that when we take turns the quiet ones speak and ' +
  'I think that is the point of a check in round thank you for holding the time today'
).split(' ');

/** Meet-like filler: side-panel lists, menus and hidden dialogs, each item a few elements. */
function padding(count: number): string {
  const items: string[] = [];
  // Each item is 5 elements: div > span[data-is-tooltip-wrapper] > button > i, plus a div tooltip.
  for (let i = 0; i < Math.ceil(count / 5); i++) {
    items.push(
      `<div class="pad-item" jsname="p${i}"><span data-is-tooltip-wrapper="true"><button aria-label="Option ${i}"><i class="google-symbols notranslate" aria-hidden="true">more_vert</i></button></span><div class="pad-tip" aria-hidden="true">Option ${i} for this call</div></div>`,
    );
  }
  return `<div class="pad" style="position:absolute;left:0;top:760px;width:1280px;font:12px sans-serif">${items.join('')}</div>`;
}

const CAPTIONS = `<div role="region" aria-label="Captions" style="position:absolute;left:200px;top:600px;width:880px;color:#fff"></div>`;

const LOAD = `<script>
(() => {
  // Voice levels: 2 flips every 10 ms = 200 a second, spread over the tiles' level elements.
  const levels = [...document.querySelectorAll('[data-participant-id] [jsname="QgSmzd"]')];
  let n = 0;
  setInterval(() => {
    for (let k = 0; k < ${CLASS_CHANGES_PER_TICK()}; k++) {
      const el = levels[n++ % levels.length];
      el.className = el.className === 'speaking' ? 'quiet' : 'speaking';
    }
  }, 10);
  // Captions: one word every ${CAPTION_WORD_MS} ms.
  const words = ${JSON.stringify(WORDS)};
  const names = ['Ada Lovelace', 'Bashir Rahimi', 'chiara bianchi', 'Dmitri', 'Eun-ji Park'];
  const region = document.querySelector('[role=region][aria-label="Captions"]');
  let line = null;
  let w = 0;
  setInterval(() => {
    if (!line || w % 12 === 0) {
      const block = document.createElement('div');
      const who = document.createElement('div');
      who.textContent = names[Math.floor(w / 12) % names.length];
      line = document.createElement('span');
      const said = document.createElement('div');
      said.append(line);
      block.append(who, said);
      region.append(block);
      while (region.children.length > 3) region.firstElementChild.remove();
    }
    line.textContent += (line.textContent ? ' ' : '') + words[w++ % words.length];
  }, ${CAPTION_WORD_MS});
  // The clock beside the meeting code.
  const clock = document.querySelector('[data-meeting-title] span');
  setInterval(() => {
    const now = new Date();
    clock.textContent = now.getHours() + ':' + String(now.getMinutes()).padStart(2, '0') + ':' + String(now.getSeconds()).padStart(2, '0');
  }, 1000);
  // Hover tooltips, as a pointer moves over the controls.
  let t = 0;
  setInterval(() => {
    const tip = document.createElement('div');
    tip.setAttribute('role', 'tooltip');
    tip.textContent = 'Option ' + (t++ % 50) + ' for this call';
    tip.style.cssText = 'position:fixed;left:' + (t * 37) % 1000 + 'px;top:680px;background:#333;color:#fff';
    document.body.append(tip);
    setTimeout(() => tip.remove(), 250);
  }, 400);
  window.ckLoadStarted = true;
})();
</script>`;

function CLASS_CHANGES_PER_TICK(): number {
  return CLASS_FLIPS_PER_SECOND / 100;
}

/** The whole page, and how many elements it holds (counted by the benchmark in the browser too). */
export function meetCallPage(): string {
  const html = readFileSync(`${FIXTURE_PAGES_DIR}meet/in-call-5.html`, 'utf8');
  const own = (html.match(/<[a-z][^>]*>/g) ?? []).length;
  const withCaptions = html.replace(
    '<div role="region" aria-label="Call controls">',
    `${CAPTIONS}<div role="region" aria-label="Call controls">`,
  );
  return withCaptions.replace('</body>', `${padding(TARGET_ELEMENTS - own)}${LOAD}</body>`);
}
