// The options page's sections below the crew: settings, shortcuts, Calendar sync, Jitsi servers,
// backup.
// Loaded after the crew and its coming sessions are on screen (lib/ui/hooks/useLazy.ts).
import type { CrewkitStore } from '../../store/store';
import { type CommandBinding, ShortcutsInfo, shortcutSettingsPlace } from '../panel/ShortcutsInfo';
import { BackupPanel } from './BackupPanel';
import { CalendarSync, type CalendarSyncBrowser } from './CalendarSync';
import { JitsiHosts, type JitsiHostsBrowser } from './JitsiHosts';
import { Reminders, type RemindersBrowser } from './Reminders';
import { SettingsPanel } from './SettingsPanel';

export interface SecondarySectionsProps {
  store: CrewkitStore;
  now: () => number;
  shortcuts?: { getCommands: () => Promise<CommandBinding[]>; isFirefox: boolean } | undefined;
  /** The browser's side of the Jitsi servers section; without it the section is left out. */
  jitsi?: JitsiHostsBrowser | undefined;
  calendarSync?: CalendarSyncBrowser | undefined;
  reminders?: RemindersBrowser | undefined;
}

export function SecondarySections({
  store,
  now,
  shortcuts,
  jitsi,
  calendarSync,
  reminders,
}: SecondarySectionsProps) {
  return (
    <>
      <SettingsPanel store={store} />
      {shortcuts && (
        <ShortcutsInfo
          getCommands={shortcuts.getCommands}
          settingsPlace={shortcutSettingsPlace(shortcuts.isFirefox)}
        />
      )}
      {calendarSync && <CalendarSync sync={calendarSync} />}
      {reminders && <Reminders reminders={reminders} />}
      {jitsi && <JitsiHosts store={store} {...jitsi} />}
      <BackupPanel store={store} now={now} />
    </>
  );
}
