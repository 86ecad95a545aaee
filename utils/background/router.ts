import {
  parseEnvelope,
  parseRequest,
  type MessageType,
  type Reply,
  type Request,
  type Response,
} from '../messaging.ts';

export type Handlers = { [K in MessageType]: (request: Request<K>, sender: SenderInfo) => Promise<Response<K>> };

/** The parts of runtime.MessageSender we rely on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Builds the runtime.onMessage listener. Messages that are not ours return undefined
 * synchronously so other listeners can answer them (an async listener would claim every message).
 * Only this extension's own contexts are answered; payloads are validated before any handler runs.
 */
export function createMessageListener(handlers: Handlers, extensionId: string) {
  return (message: unknown, sender: SenderInfo): Promise<Reply<MessageType>> | undefined => {
    const parsed = parseEnvelope(message);
    if (!parsed) return undefined;
    if (sender.id !== extensionId) return Promise.resolve({ ok: false, error: 'unknown sender' });
    const type = parsed.type;
    return (async (): Promise<Reply<MessageType>> => {
      try {
        const request = parseRequest(type, parsed.payload);
        const handler = handlers[type] as (
          request: Request<MessageType>,
          sender: SenderInfo,
        ) => Promise<Response<MessageType>>;
        return { ok: true, value: await handler(request, sender) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}
