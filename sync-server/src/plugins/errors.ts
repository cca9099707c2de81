/**
 * One error handler: expected failures as `{code, message}` with a plain
 * Chinese message; anything else is logged and answered with a generic 500
 * that reveals nothing about the server.
 */
import type { FastifyError } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, INTERNAL_MESSAGE, STATUS_MESSAGES } from '../errors';

export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
      if (error instanceof HttpError) {
        if (error.statusCode === 429 && typeof error.extra.retryAfter === 'number') {
          reply.header('Retry-After', String(error.extra.retryAfter));
        }
        return reply.status(error.statusCode).send({ code: error.code, message: error.message, ...error.extra });
      }
      const status = error.statusCode ?? 500;
      if (error.validation) {
        return reply.status(400).send({ code: 'bad_request', message: STATUS_MESSAGES[400] });
      }
      if (status >= 400 && status < 500) {
        return reply
          .status(status)
          .send({ code: status === 413 ? 'payload_too_large' : 'bad_request', message: STATUS_MESSAGES[status] ?? STATUS_MESSAGES[400] });
      }
      request.log.error({ err: error }, 'request failed');
      return reply.status(500).send({ code: 'internal_error', message: INTERNAL_MESSAGE });
    });
  },
  { name: 'errors' },
);
