// Who is in the Meet call, from the tiles and, when the user has it open, the People panel.
// Crewkit never opens the panel itself (issue 4). Names are returned as plain strings; the UI
// renders them as text only.

import type { RosterEntry, RosterSource } from '../adapter';
import type { MissingSignal } from '../health';
import type { MeetPage } from './page';
import {
  HOVER_LABEL_PATTERNS,
  JUNK_NAME_PATTERNS,
  meetSelectors,
  SELF_SUFFIX,
  SELF_TILE_LIGATURE,
} from './selectors';

export interface RosterReading {
  roster: RosterEntry[];
  source: RosterSource;
  missing: MissingSignal[];
}

/** Icon ligature names look like `more_vert`, `keep_outline`: lowercase words joined by `_`. */
const LIGATURE_TOKEN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/**
 * A display name fit to show, or null for junk (placeholders, device ids, icon text only).
 * Strips icon ligatures that leak into text and a trailing "(You)".
 */
export function cleanDisplayName(raw: string): string | null {
  const tokens = raw.replace(/\s+/g, ' ').trim().split(' ');
  const name = tokens
    .filter((token) => !LIGATURE_TOKEN.test(token))
    .join(' ')
    .replace(SELF_SUFFIX, '')
    .trim();
  if (name === '') return null;
  if (JUNK_NAME_PATTERNS.some((pattern) => pattern.test(name))) return null;
  return name;
}

export function readMeetRoster(page: MeetPage): RosterReading {
  const missing: MissingSignal[] = [];
  const tiles = [...page.tiles()];
  const rows = [...page.peopleRows()];
  if (tiles.length === 0 && rows.length === 0) {
    return { roster: [], source: 'none', missing: ['participant-tiles'] };
  }
  const selfName = selfNameFromOlderLayout(page);
  const selfIds = new Set<string>();
  const fromTiles: RosterEntry[] = [];
  let namedTiles = 0;
  for (const tile of tiles) {
    const id = tile.getAttribute('data-participant-id') ?? '';
    const name = tileName(tile);
    if (name !== null) namedTiles++;
    const isSelf = hasSelfButton(tile) || (selfName !== null && name === selfName);
    if (isSelf) selfIds.add(id);
    if (name !== null) fromTiles.push({ id, name, isSelf });
  }
  if (tiles.length > 0 && namedTiles === 0) missing.push('tile-names');

  const fromRows: RosterEntry[] = [];
  for (const row of rows) {
    const id = row.getAttribute('data-participant-id') ?? '';
    const label = row.getAttribute('aria-label') ?? '';
    const name = cleanDisplayName(label) ?? rowNameFromText(row);
    if (name === null) continue;
    // The tile's self button is language-independent; "(You)" is English only.
    const isSelf = selfIds.has(id) || SELF_SUFFIX.test(label) || rowHasYouMarker(row);
    fromRows.push({ id, name, isSelf });
  }

  // The panel lists everyone; tiles only who is on screen. Keep both, one entry per id.
  const source: RosterSource = rows.length > 0 ? 'people-panel' : 'tiles';
  const roster = dedupeById([...fromRows, ...fromTiles]);
  return { roster, source, missing };
}

function dedupeById(entries: RosterEntry[]): RosterEntry[] {
  const byId = new Map<string, RosterEntry>();
  for (const entry of entries) {
    const seen = byId.get(entry.id);
    if (seen === undefined) byId.set(entry.id, entry);
    else if (entry.isSelf && !seen.isSelf) byId.set(entry.id, { ...seen, isSelf: true });
  }
  return [...byId.values()];
}

function tileName(tile: Element): string | null {
  for (const span of tile.querySelectorAll(meetSelectors.tileName)) {
    const name = cleanDisplayName(textWithoutIcons(span));
    if (name !== null) return name;
  }
  // Second chance: the tooltip that repeats the name, skipping hover labels ("Pin …").
  for (const tooltip of tile.querySelectorAll(meetSelectors.tileTooltip)) {
    const text = textWithoutIcons(tooltip).trim();
    if (HOVER_LABEL_PATTERNS.some((pattern) => pattern.test(text))) continue;
    const name = cleanDisplayName(text);
    if (name !== null) return name;
  }
  return null;
}

function hasSelfButton(tile: Element): boolean {
  for (const icon of tile.querySelectorAll(meetSelectors.iconLigature)) {
    if (icon.textContent?.trim() === SELF_TILE_LIGATURE) return true;
  }
  return false;
}

function selfNameFromOlderLayout(page: MeetPage): string | null {
  let value: string | null = null;
  for (const element of page.selfNameElements()) {
    value = element.getAttribute('data-self-name');
    break;
  }
  return value ? cleanDisplayName(value) : null;
}

/** A row's name spans when it has no usable aria-label: first text that is not a marker. */
function rowNameFromText(row: Element): string | null {
  for (const span of row.querySelectorAll(meetSelectors.peopleRowText)) {
    const text = textWithoutIcons(span).trim();
    if (SELF_SUFFIX.test(text) && text.replace(SELF_SUFFIX, '') === '') continue;
    if (HOVER_LABEL_PATTERNS.some((pattern) => pattern.test(text))) continue;
    const name = cleanDisplayName(text);
    if (name !== null) return name;
  }
  return null;
}

function rowHasYouMarker(row: Element): boolean {
  for (const span of row.querySelectorAll(meetSelectors.peopleRowText)) {
    if (/^\(you\)$/i.test(span.textContent?.trim() ?? '')) return true;
  }
  return false;
}

/** Text content without icon elements, whose ligature text is not part of any name. */
function textWithoutIcons(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !(child as Element).matches(meetSelectors.iconLigature)) {
      text += ` ${textWithoutIcons(child as Element)} `;
    }
  }
  return text;
}
