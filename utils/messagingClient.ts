import { browser } from 'wxt/browser';
import { envelope, type MessageType, type Reply, type Request, type Response } from './messaging.ts';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

/**
 * Sends one request to the background. Rejects when the background is gone (a killed service
 * worker closes the port mid-request) or answers with an error; callers decide whether to retry.
 */
export async function sendRequest<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  const reply = (await browser.runtime.sendMessage(envelope(type, payload))) as Reply<K> | undefined;
  if (!reply) throw new MessagingError(`no answer to ${type}`);
  if (!reply.ok) throw new MessagingError(reply.error);
  return reply.value;
}
