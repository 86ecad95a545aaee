import type { LockGate } from '../guardian/access.ts';
import {
  EXTENSION_PAGE_ONLY,
  LOCK_REQUIRED,
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
 * Messages in EXTENSION_PAGE_ONLY are answered only when they come from one of our pages, i.e. the
 * sender's URL is under `extensionOrigin` (chrome-extension://<id>/ or moz-extension://<uuid>/): a
 * content script's sender URL is the web page's. Without an origin they are always refused.
 * Messages in LOCK_REQUIRED also pass `lockGate` (issue #5: the guardian lock); without a gate they
 * are refused, so forgetting to wire the lock fails closed.
 */
export function createMessageListener(
  handlers: Handlers,
  extensionId: string,
  extensionOrigin?: string,
  lockGate?: LockGate,
) {
  return (message: unknown, sender: SenderInfo): Promise<Reply<MessageType>> | undefined => {
    const parsed = parseEnvelope(message);
    if (!parsed) return undefined;
    if (sender.id !== extensionId) return Promise.resolve({ ok: false, error: 'unknown sender' });
    const type = parsed.type;
    if (EXTENSION_PAGE_ONLY.has(type) && !(extensionOrigin && sender.url?.startsWith(extensionOrigin))) {
      return Promise.resolve({ ok: false, error: `${type} is only answered for extension pages` });
    }
    return (async (): Promise<Reply<MessageType>> => {
      try {
        if (LOCK_REQUIRED.has(type)) {
          const refusal = lockGate ? await lockGate(type) : `${type}: no lock check configured`;
          if (refusal) return { ok: false, error: refusal };
        }
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
