/**
 * The typed way for extension pages (popup, options, compare) to talk to the background:
 *
 *   const state = await send({ type: 'get-tab-state', tabId });   // TabState | null
 *
 * The background validates every message again on arrival; the types here only help the caller get it right.
 */
import { browser } from './browser.ts';
import type { MessageOf, MessageType, Responses } from './messages.ts';

export type PageMessageType = Exclude<MessageType, 'page-snapshot'>;

export async function send<T extends PageMessageType>(message: MessageOf<T>): Promise<Responses[T]> {
  return (await browser.runtime.sendMessage(message)) as Responses[T];
}
