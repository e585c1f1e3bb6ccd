import { i18n } from '#i18n';
import type { JitsiOriginProblem } from '../../sites/jitsi/origin';

/** What to tell the user about an address that cannot be added, in their words. */
export function jitsiOriginProblemText(problem: JitsiOriginProblem): string {
  switch (problem.kind) {
    case 'empty':
      return i18n.t('jitsi.problem.empty');
    case 'not-a-url':
      return i18n.t('jitsi.problem.notAUrl');
    case 'not-https':
      return i18n.t('jitsi.problem.notHttps');
    case 'credentials':
      return i18n.t('jitsi.problem.credentials');
    case 'path':
      return i18n.t('jitsi.problem.path', { origin: problem.origin });
    case 'port':
      return i18n.t('jitsi.problem.port');
    case 'wildcard':
      return i18n.t('jitsi.problem.wildcard');
    case 'google':
      return i18n.t('jitsi.problem.google');
    case 'public-jitsi':
      return i18n.t('jitsi.problem.publicJitsi');
  }
}
