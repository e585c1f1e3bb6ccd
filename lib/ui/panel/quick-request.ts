/**
 * Key in `storage.session` by which the popup's "Quick round" asks the side panel it opens to
 * start on a quick round. Session storage: gone when the browser closes, never synced.
 */
export const QUICK_ROUND_REQUEST = 'crewkit:quickRoundRequested';
