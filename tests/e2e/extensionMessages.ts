/**
 * Issue #5 test helpers: send protocol messages to the background from an extension page, and from
 * a content script's isolated world (found through CDP), to check who the background answers.
 */
import type { Page } from 'playwright-core';
import type { MessageType, Reply } from '../../utils/messaging.ts';
import type { ExtensionSession } from './harness.ts';

export type AnyReply = Reply<MessageType>;

/** Sends one message from an extension page (its sender URL is chrome-extension://<id>/…). */
export function sendFromPage(page: Page, type: MessageType, payload: unknown): Promise<AnyReply> {
  return page.evaluate(
    ([messageType, messagePayload]) =>
      chrome.runtime.sendMessage({ basirat: 1, type: messageType, payload: messagePayload }) as Promise<AnyReply>,
    [type, payload] as const,
  );
}

/** Opens one of the extension's pages in a new tab. */
export async function openExtensionPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/**
 * Runs `expression` in the content script's isolated world of `page` (where chrome.runtime is the
 * extension's), as a compromised or tricked content script would. Resolves to its JSON value.
 */
export async function evaluateInContentScript(
  session: ExtensionSession,
  page: Page,
  expression: string,
): Promise<unknown> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + 10_000;
    let isolated: (typeof contexts)[number] | undefined;
    while (!isolated && Date.now() < deadline) {
      isolated = contexts.find((context) => context.auxData?.type === 'isolated');
      if (!isolated) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!isolated) throw new Error('no content script world in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: isolated.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as unknown;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The message a content script would send, as an expression for evaluateInContentScript. */
export function contentScriptSend(type: MessageType, payload: unknown): string {
  return `chrome.runtime.sendMessage(${JSON.stringify({ basirat: 1, type, payload })})`;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
}

/** Serious and critical axe-core violations of `page` (evaluated over CDP, so the pages' CSP does not apply). */
export async function seriousViolations(page: Page, axeSource: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
