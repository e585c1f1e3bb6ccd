// The parts of a Meet page the adapter reads, either queried once (`queryMeetPage`, for a single
// reading) or kept current from the page's one observer (`trackMeetPage`, for the watch), so a
// reading during a call costs what the controls and tiles are, not what the page is: captions
// and chat change the page many times a second (issue 8, "The page's text is not walked").

import { trackElements } from '../dom/elements';
import { meetSelectors } from './selectors';

export interface MeetPage {
  doc: Document;
  icons(): Iterable<Element>;
  peopleControls(): Iterable<Element>;
  tiles(): Iterable<Element>;
  peopleRows(): Iterable<Element>;
  selfNameElements(): Iterable<Element>;
}

export function queryMeetPage(doc: Document): MeetPage {
  return {
    doc,
    icons: () => doc.querySelectorAll(meetSelectors.iconLigature),
    peopleControls: () => doc.querySelectorAll(meetSelectors.peopleControl),
    tiles: () => doc.querySelectorAll(meetSelectors.participantTile),
    peopleRows: () => doc.querySelectorAll(meetSelectors.peoplePanelRow),
    selfNameElements: () => doc.querySelectorAll(meetSelectors.selfNameAttribute),
  };
}

export function trackMeetPage(doc: Document, signal: AbortSignal): MeetPage {
  const icons = trackElements(doc, meetSelectors.iconLigature, { signal });
  const controls = trackElements(doc, meetSelectors.peopleControl, { signal });
  // Tiles and rows change who they show through this attribute.
  const identity = 'data-participant-id';
  const tiles = trackElements(doc, meetSelectors.participantTile, { signal, identity });
  const rows = trackElements(doc, meetSelectors.peoplePanelRow, { signal, identity });
  const selfNames = trackElements(doc, meetSelectors.selfNameAttribute, {
    signal,
    identity: 'data-self-name',
  });
  return {
    doc,
    icons: () => icons.current(),
    peopleControls: () => controls.current(),
    tiles: () => tiles.current(),
    peopleRows: () => rows.current(),
    selfNameElements: () => selfNames.current(),
  };
}
