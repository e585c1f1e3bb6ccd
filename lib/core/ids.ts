// Record ids. The random source is injectable so tests and fixtures get stable ids.
import type { Id } from './model';

/** A new unique id; `crypto.randomUUID` exists in Node 20, extension pages and workers. */
export function newId(random: () => string = () => crypto.randomUUID()): Id {
  return random();
}
