import { i18n } from '#i18n';
import type { CrewProblemCode } from '../../core/crew';

/** The sentence a person reads for each problem lib/core finds in a crew form. */
export function crewProblemText(code: CrewProblemCode): string {
  switch (code) {
    case 'name-required':
      return i18n.t('problem.nameRequired');
    case 'name-too-long':
      return i18n.t('problem.nameTooLong');
    case 'too-few-members':
      return i18n.t('problem.tooFewMembers');
    case 'too-many-members':
      return i18n.t('problem.tooManyMembers');
    case 'member-name-required':
      return i18n.t('problem.memberNameRequired');
    case 'member-name-too-long':
      return i18n.t('problem.memberNameTooLong');
    case 'member-name-duplicate':
      return i18n.t('problem.memberNameDuplicate');
    case 'member-email-invalid':
      return i18n.t('problem.memberEmailInvalid');
    case 'caller-not-member':
      return i18n.t('problem.callerNotMember');
    case 'every-days-invalid':
      return i18n.t('problem.everyDaysInvalid');
    case 'duration-invalid':
      return i18n.t('problem.durationInvalid');
    case 'meeting-link-invalid':
      return i18n.t('problem.meetingLinkInvalid');
    case 'role-name-required':
      return i18n.t('problem.roleNameRequired');
    case 'role-name-duplicate':
      return i18n.t('problem.roleNameDuplicate');
  }
}
