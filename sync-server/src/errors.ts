/**
 * Expected failures of the API: an HTTP status, a stable machine `code` for
 * the client and a plain-Chinese `message` for the person using it.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Extra fields for the JSON body (e.g. retryAfter). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (code: string, message: string) => new HttpError(400, code, message);
export const unauthorized = (message = '请先登录', code = 'unauthorized') => new HttpError(401, code, message);
export const forbidden = (code: string, message: string) => new HttpError(403, code, message);
export const notFound = (message = '未找到', code = 'not_found') => new HttpError(404, code, message);

/** Generic messages for statuses raised by Fastify itself. */
export const STATUS_MESSAGES: Record<number, string> = {
  400: '请求格式不正确',
  401: '请先登录',
  403: '没有权限',
  404: '未找到',
  405: '不支持的请求方法',
  413: '请求内容过大',
  415: '不支持的内容类型',
  429: '请求过于频繁，请稍后再试',
};

export const INTERNAL_MESSAGE = '服务器内部错误，请稍后再试';
