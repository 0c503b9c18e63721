/**
 * The content script's whole use of the extension API, without webextension-polyfill (which costs ~18 ms per page).
 * Firefox's `browser` and Chrome MV3's `chrome` both return promises from `runtime.sendMessage`.
 */
interface NativeRuntime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: unknown, respond: (response: unknown) => void) => boolean | undefined,
    ): void;
  };
}

const api = globalThis as unknown as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };

/**
 * Looked up only when a message goes or a listener is added, never as the script is evaluated: the first touch of
 * `chrome` sets up the isolated world's extension bindings (traced: most of the ~1.4 ms that the messaging floor
 * costs over an empty content script), which a page that is not an article then never pays.
 */
function runtime(): NativeRuntime | undefined {
  return api.browser?.runtime ?? api.chrome?.runtime;
}

/** Fire and forget: a background that is restarting or an extension that was updated must not throw into the page. */
export function sendToBackground(message: unknown): void {
  try {
    runtime()
      ?.sendMessage(message)
      ?.catch(() => undefined);
  } catch {
    // the extension context is gone (extension reloaded): nothing to do
  }
}

/** Answers the background: at once, or later when the handler returns a promise (the channel is then kept open). */
export function answerBackground(handler: (message: unknown) => unknown): void {
  runtime()?.onMessage.addListener((message, _sender, respond) => {
    const answer = handler(message);
    if (answer instanceof Promise) {
      answer.then(respond, () => respond(null));
      return true;
    }
    if (answer !== undefined) respond(answer);
    return undefined;
  });
}
