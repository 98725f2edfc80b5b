import type { ServerMessage } from '@pipewright/shared';

const frames = new WeakMap<ServerMessage, Buffer>();

/**
 * A message as the UTF-8 bytes of its frame, serialized once however many sockets it goes to:
 * one burst of a busy execution is one message for all of its watchers, and stringifying it
 * per socket was most of the hub's work. Messages are not changed once offered.
 */
export function frameOf(message: ServerMessage): Buffer {
  let frame = frames.get(message);
  if (!frame) frames.set(message, (frame = Buffer.from(JSON.stringify(message))));
  return frame;
}
