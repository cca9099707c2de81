import type { LoginResponse } from './signIn';
import { isNetworkError } from './signIn';

export interface TokenRenewalOptions {
  /** One online sign-in with the password the user just gave. */
  signIn: () => Promise<LoginResponse>;
  onRenewed: (result: LoginResponse) => void;
  /** Between attempts while offline, in ms. */
  retryMs?: number;
}

/**
 * A user who signed out earlier (which revoked the token) and back in
 * offline works locally without a token. This fetches a new one as soon as
 * the server is reachable: it tries at once, whenever the browser says it
 * is online, and every `retryMs`. The password stays in memory only, and
 * only until an attempt succeeds — or is refused (the password was changed
 * elsewhere, the account disabled): then it stops, so retries never lock
 * the account, and the app asks for an online sign-in. Returns `stop`.
 */
export function renewTokenWhenOnline(options: TokenRenewalOptions): () => void {
  let stopped = false;
  const attempt = async () => {
    // The browser knows it has no network: an attempt would only fail.
    if (globalThis.navigator?.onLine === false) return;
    try {
      const result = await options.signIn();
      if (stopped) return; // signed out meanwhile, or another attempt won
      stop();
      options.onRenewed(result);
    } catch (error) {
      if (!isNetworkError(error)) stop();
    }
  };
  const onOnline = () => void attempt();
  globalThis.addEventListener('online', onOnline);
  const timer = setInterval(onOnline, options.retryMs ?? 30_000);
  function stop(): void {
    stopped = true;
    globalThis.removeEventListener('online', onOnline);
    clearInterval(timer);
  }
  void attempt();
  return stop;
}
