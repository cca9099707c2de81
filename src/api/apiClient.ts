/**
 * A small JSON client for the sync server. Errors come back as `ApiError`
 * with the server's code and its plain-Chinese message; a network failure
 * is `ApiError` with status 0, so callers can tell "offline" from "refused".
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export interface ApiClientOptions {
  baseUrl?: string;
  getToken: () => string | null;
  /** Called on 401, e.g. to send the user back to sign-in. */
  onUnauthorized?: () => void;
  fetchImpl?: typeof fetch;
}

export interface ApiClient {
  request<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T>;
  url(path: string): string;
  authHeaders(): Record<string, string>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const authHeaders = (): Record<string, string> => {
    const token = options.getToken();
    return token ? { Authorization: `Bearer ${token}` } : {};
  };

  async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers: { ...authHeaders(), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        cache: 'no-store',
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'network', (error as Error).message);
    }
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return payload as T;
    if (response.status === 401) options.onUnauthorized?.();
    const { code = 'http_' + response.status, message = response.statusText } = (payload ?? {}) as {
      code?: string;
      message?: string;
    };
    throw new ApiError(response.status, code, message);
  }

  return { request, url: (path) => `${baseUrl}${path}`, authHeaders };
}
