// The schema each receiver checks, by message type (the background's side imports all of them;
// content scripts import only the ones they receive, from ./schemas.ts).
import type * as v from 'valibot';
import { RoundRecordSchema } from '../core/backup-schema';
import {
  CalendarBadgesSchema,
  CalendarChangeHostSchema,
  CalendarDialogSchema,
  CalendarRemoveTagSchema,
  CalendarSkipSchema,
  CalendarTagSchema,
} from './calendar-schemas';
import {
  AdoptCrewSchema,
  DescriptionLineSchema,
  FreeSlotsSchema,
  InviteSeriesSchema,
  ReminderSettingsSchema,
} from './google-sync-schemas';
import type { ProtocolMap } from './protocol';
import {
  CallProgressSchema,
  CallRefSchema,
  ChoosePromptSchema,
  ConfirmHostSchema,
  EmptySchema,
  PanelRefSchema,
  QuickNamesSchema,
  ReflectionRefSchema,
  RoundRefSchema,
  SiteHealthSchema,
  StoreChangeSchema,
} from './schemas';
import { KeepTalkEstimateSchema } from './talk-schemas';

export const PAYLOAD_SCHEMAS = {
  'cs:reportSiteHealth': SiteHealthSchema,
  'cs:callPanelState': CallRefSchema,
  'cs:loadPanel': PanelRefSchema,
  'cs:saveRound': RoundRecordSchema,
  'cs:loadRound': RoundRefSchema,
  'cs:deleteRound': RoundRefSchema,
  'cs:choosePrompt': ChoosePromptSchema,
  'cs:rememberQuickNames': QuickNamesSchema,
  'cs:callProgress': CallProgressSchema,
  'cs:callEnded': CallProgressSchema,
  'cs:confirmNextHost': ConfirmHostSchema,
  'cs:openReflection': ReflectionRefSchema,
  'cs:keepTalkEstimate': KeepTalkEstimateSchema,
  'cs:calendarBadges': CalendarBadgesSchema,
  'cs:calendarTagIndex': EmptySchema,
  'cs:calendarDialog': CalendarDialogSchema,
  'cs:calendarTag': CalendarTagSchema,
  'cs:calendarChangeHost': CalendarChangeHostSchema,
  'cs:calendarSkip': CalendarSkipSchema,
  'cs:calendarRemoveTag': CalendarRemoveTagSchema,
  'popup:openCallPanel': EmptySchema,
  'page:calendarSyncStatus': EmptySchema,
  'page:calendarSyncOn': EmptySchema,
  'page:calendarSyncOff': EmptySchema,
  'page:calendarSyncNow': EmptySchema,
  'page:calendarDescriptionLine': DescriptionLineSchema,
  'page:calendarSharedCrews': EmptySchema,
  'page:calendarAdoptCrew': AdoptCrewSchema,
  'page:reminderSettings': EmptySchema,
  'page:saveReminders': ReminderSettingsSchema,
  'page:calendarSeriesToInvite': EmptySchema,
  'page:calendarFreeSlots': FreeSlotsSchema,
  'page:calendarInviteSeries': InviteSeriesSchema,
  'page:storeChanged': StoreChangeSchema,
  'bg:storeChanged': StoreChangeSchema,
} satisfies Record<keyof ProtocolMap, v.GenericSchema>;
