// Whether a tab is a call Crewkit's call script runs on, asked by the toolbar popup (it sees the
// tab's URL only where Crewkit has the host permission): a Meet meeting, or a room on
// meet.jit.si or a self-hosted Jitsi origin the user added. The same rules the adapters use.
import { JITSI_PUBLIC_ORIGIN, roomFromUrl } from './jitsi/page-detect';
import { meetingCodeFromUrl } from './meet/page-detect';

export function isCallPage(url: string, jitsiOrigins: readonly string[] = []): boolean {
  return (
    meetingCodeFromUrl(url) !== null ||
    roomFromUrl(url, [JITSI_PUBLIC_ORIGIN, ...jitsiOrigins]) !== null
  );
}
