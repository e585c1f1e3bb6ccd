// The receiving end's check, shared by the background and content scripts: the sender must be
// this extension, the payload must match its schema.
import * as v from 'valibot';

export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** A message is ours when it comes from this very extension (content script or page). */
export function isFromOwnExtension(sender: SenderLike | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}

export class RejectedMessageError extends Error {}

/**
 * Returns the parsed payload, or throws RejectedMessageError (which the messaging library sends
 * back to the caller as an error instead of acting on it).
 */
export function checkPayload<S extends v.GenericSchema>(
  type: string,
  schema: S,
  data: unknown,
  sender: SenderLike | undefined,
  ownId: string,
): v.InferOutput<S> {
  if (!isFromOwnExtension(sender, ownId)) {
    throw new RejectedMessageError(`${type}: refused a message from another sender`);
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const where = result.issues[0]?.path?.map((p) => String(p.key)).join('.') || 'payload';
    throw new RejectedMessageError(`${type}: malformed ${where}`);
  }
  return result.output;
}
