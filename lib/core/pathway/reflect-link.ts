// Where a reflection on one held session is written: the options page's pathway, opened at that
// session (lib/ui/pathway/page-hash.ts reads it back). Here in core so the background, which
// opens the tab for the call panel (issue 10), and the options page build the same address.

export function pathwayReflectHash(crewId: string, sessionId: string): string {
  return `#pathway/reflect/${encodeURIComponent(crewId)}/${encodeURIComponent(sessionId)}`;
}
