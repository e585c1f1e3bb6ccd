import { checkPayload, type SenderLike } from './check';
import { messenger } from './messenger';
import { PAYLOAD_SCHEMAS } from './payload-schemas';
import type { ProtocolMap } from './protocol';

export { isFromOwnExtension, RejectedMessageError, type SenderLike } from './check';

type MessageType = keyof ProtocolMap;
type DataOf<T extends MessageType> = Parameters<ProtocolMap[T]>[0];
type ReturnOf<T extends MessageType> = ReturnType<ProtocolMap[T]>;

/** Check a message against its own schema from the protocol. */
export function checkMessage<T extends MessageType>(
  type: T,
  data: unknown,
  sender: SenderLike | undefined,
  ownId: string,
): DataOf<T> {
  return checkPayload(type, PAYLOAD_SCHEMAS[type], data, sender, ownId) as DataOf<T>;
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
