// The API's error catalog: stable codes, their HTTP status, and the JSON body `{ error: { code, message } }`.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../model/index.js';

export const API_ERRORS = {
  E_BAD_JSON: 400,
  E_PROTO: 400,
  E_INVALID: 400,
  E_RECORD: 400,
  E_EMPTY: 400,
  E_PARSE: 400,
  E_DATE: 400,
  E_ENCODING: 400,
  E_BINARY: 400,
  E_USAGE: 400,
  E_NO_INPUT: 400,
  E_UNAUTHORIZED: 401,
  E_FORBIDDEN: 403,
  E_READ_ONLY: 403,
  E_NOT_FOUND: 404,
  E_METHOD: 405,
  E_TIMEOUT: 408,
  E_TOO_LARGE: 413,
  E_URI_TOO_LONG: 414,
  E_MEDIA_TYPE: 415,
  E_RATE_LIMITED: 429,
  E_INTERNAL: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERRORS;
export const API_ERROR_CODES = Object.keys(API_ERRORS) as ApiErrorCode[];

/** An error a handler throws on purpose; the error handler turns it into its status and JSON body. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly statusCode: number;
  readonly headers?: Record<string, string>;
  constructor(code: ApiErrorCode, message: string, headers?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.statusCode = API_ERRORS[code];
    this.headers = headers;
  }
}

export type ErrorBody = { error: { code: ApiErrorCode; message: string } };

/** Maps anything thrown while handling a request onto the catalog; unknown errors become E_INTERNAL without details. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof InputError) return new ApiError(error.code in API_ERRORS ? error.code : 'E_INVALID', error.message);
  const e = error as Partial<FastifyError> & { message?: string };
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return new ApiError('E_TOO_LARGE', 'request body is larger than the limit');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return new ApiError('E_MEDIA_TYPE', 'send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return new ApiError('E_BAD_JSON', 'the JSON body is empty');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH': return new ApiError('E_BAD_JSON', 'the body does not match its Content-Length');
    case 'FST_ERR_CTP_INVALID_JSON_BODY': return new ApiError('E_BAD_JSON', 'the body is not valid JSON');
    case 'FST_ERR_VALIDATION': return new ApiError('E_INVALID', e.message ?? 'invalid request');
    case 'FST_ERR_NOT_FOUND': return new ApiError('E_NOT_FOUND', 'no such route');
    case 'FST_ERR_MAX_PARAM_LENGTH': return new ApiError('E_URI_TOO_LONG', 'a path segment is too long');
    case 'FST_ERR_BAD_URL': return new ApiError('E_INVALID', 'the URL is malformed');
    default: break;
  }
  if (e.statusCode === 408 || e.code === 'FST_ERR_REQUEST_TIMEOUT') return new ApiError('E_TIMEOUT', 'the request took too long');
  if (e.statusCode === 413) return new ApiError('E_TOO_LARGE', 'request body is larger than the limit');
  if (e.statusCode === 415) return new ApiError('E_MEDIA_TYPE', 'send the body as application/json');
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return new ApiError('E_INVALID', e.message ?? 'bad request');
  return new ApiError('E_INTERNAL', 'internal error');
}

export function sendError(reply: FastifyReply, error: ApiError): FastifyReply {
  if (error.headers) reply.headers(error.headers);
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  return reply.code(error.statusCode).type('application/json; charset=utf-8').send(body);
}

/** Fastify's error handler: every error leaves as the catalog's JSON; 5xx are logged, never described to the client. */
export function handleError(this: unknown, error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const api = toApiError(error);
  if (api.statusCode >= 500) request.log.error({ err: error }, 'request failed');
  return sendError(reply, api);
}
