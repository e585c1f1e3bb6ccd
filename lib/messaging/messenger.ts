import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

// @webext-core/messaging (by WXT's author) carries the typed request/response over
// runtime.sendMessage / tabs.sendMessage; receivers go through `receive` (./receive.ts).
export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messenger;
