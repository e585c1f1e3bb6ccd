import * as v from 'valibot';
import { messenger } from './messenger';
import { PAYLOAD_SCHEMAS, type ProtocolMap } from './protocol';

type MessageType = keyof ProtocolMap;
type DataOf<T extends MessageType> = Parameters<ProtocolMap[T]>[0];
type ReturnOf<T extends MessageType> = ReturnType<ProtocolMap[T]>;

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** A message is ours when it comes from this very extension (content script or page). */
export function isFromOwnExtension(sender: SenderLike | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}

export class RejectedMessageError extends Error {}

/**
 * Check a message at the receiving end: the sender must be this extension and the payload must
 * match its schema. Returns the parsed payload, or throws RejectedMessageError (which the
 * messaging library sends back to the caller as an error instead of acting on it).
 */
export function checkMessage<T extends MessageType>(
  type: T,
  data: unknown,
  sender: SenderLike | undefined,
  ownId: string,
): DataOf<T> {
  if (!isFromOwnExtension(sender, ownId)) {
    throw new RejectedMessageError(`${type}: refused a message from another sender`);
  }
  const result = v.safeParse(PAYLOAD_SCHEMAS[type], data);
  if (!result.success) {
    const where = result.issues[0]?.path?.map((p) => String(p.key)).join('.') || 'payload';
    throw new RejectedMessageError(`${type}: malformed ${where}`);
  }
  return result.output as DataOf<T>;
}

/** Register a handler whose payload and sender are checked before it runs. */
export function receive<T extends MessageType>(
  type: T,
  ownId: string,
  handler: (data: DataOf<T>, sender: SenderLike) => ReturnOf<T> | Promise<ReturnOf<T>>,
): () => void {
  // The library's listener types are generic over the whole map; we narrow per type here.
  const listen = messenger.onMessage as unknown as (
    type: T,
    cb: (message: { data: unknown; sender: SenderLike }) => unknown,
  ) => () => void;
  return listen(type, (message) => {
    const data = checkMessage(type, message.data, message.sender, ownId);
    return handler(data, message.sender);
  });
}
