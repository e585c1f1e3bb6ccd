import { i18n } from '#i18n';
import { TIMEKEEPER } from '../../core/model';
import type { RotationReason } from '../../core/rotation';

export function roleName(role: string): string {
  return role === TIMEKEEPER ? i18n.t('role.timekeeper') : role;
}

/** The plain-words reason behind a host or role choice (lib/core/rotation.ts codes). */
export function rotationReasonText(reason: RotationReason, nameOf: (id: string) => string): string {
  const role = reason.role ? roleName(reason.role).toLowerCase() : '';
  switch (reason.code) {
    case 'caller-opens':
      return i18n.t('rotation.reason.callerOpens');
    case 'not-hosted-yet':
      return i18n.t('rotation.reason.notHostedYet');
    case 'back-after-away':
      return i18n.t('rotation.reason.backAfterAway');
    case 'longest-since-hosting':
      return i18n.t('rotation.reason.longestSinceHosting');
    case 'pinned':
      return i18n.t('rotation.reason.pinned');
    case 'swapped':
      return i18n.t('rotation.reason.swapped', { index: reason.swappedWithSessionIndex ?? '?' });
    case 'joined-recently-waits':
      return i18n.t('rotation.reason.joinedRecentlyWaits', {
        name: reason.memberId ? nameOf(reason.memberId) : '',
      });
    case 'nobody-available':
      return i18n.t('rotation.reason.nobodyAvailable');
    case 'first-time-in-role':
      return i18n.t('rotation.reason.firstTimeInRole', { role });
    case 'longest-since-role':
      return i18n.t('rotation.reason.longestSinceRole', { role });
    case 'only-host-available':
      return i18n.t('rotation.reason.onlyHostAvailable', { role });
  }
}
