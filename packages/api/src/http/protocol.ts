import { STATUS_CODES } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { ErrorCode } from '@township/shared';
import { countTokens, overLimit, QUERY_LIMITS } from '../graphql/limits.js';

/**
 * The largest request body accepted: a survey import (a file of at most 512 KiB, 683 KiB in
 * base64) with its operation. Operations themselves are a few kB; 2,000 tokens fit in far less.
 */
export const MAX_BODY_BYTES = 768 * 1024;

interface Refusal {
  message: string;
  code: ErrorCode;
  reason?: string;
  params?: Record<string, unknown>;
}

/** Every refusal outside GraphQL has the shape of a GraphQL error answer, so clients read one format. */
function refuse(res: Response, status: number, { message, code, reason, params }: Refusal) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(reason ? { reason } : {}), ...(params ? { params } : {}) } }] });
}

/**
 * Documents over the token limit are refused before Apollo parses them (an error thrown from an
 * Apollo hook before parsing would answer 500), by a lexer that stops counting at TOKENS_COUNTED.
 */
export const refuseLongDocuments: RequestHandler = (req, res, next) => {
  const source: unknown = req.method === 'GET' ? req.query.query : req.body?.query;
  const tokens = typeof source === 'string' ? countTokens(source) : 0;
  if (tokens !== null && tokens <= QUERY_LIMITS.maxTokens) return next();
  refuse(res, 400, overLimit('maxTokens', tokens));
};

/** JSON bodies up to MAX_BODY_BYTES; larger ones are refused before they are read in full. */
export const jsonBody = (): RequestHandler => express.json({ limit: MAX_BODY_BYTES });

/** One operation per request: a JSON array (a batch) would multiply every limit by its length. */
export const refuseBatches: RequestHandler = (req, res, next) => {
  if (!Array.isArray(req.body)) return next();
  refuse(res, 400, {
    message: 'Send one operation per request: batched operations (a JSON array) are not accepted.',
    code: ErrorCode.BadUserInput,
    reason: 'batchedOperations',
    params: { operations: req.body.length },
  });
};

/** Paths nobody serves answer in JSON too (the dashboard, when built, answers every GET itself). */
export const notFoundAsJson: RequestHandler = (req, res) => {
  refuse(res, 404, { message: `Nothing is served at ${req.method} ${req.path}.`, code: ErrorCode.NotFound });
};

interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  length?: number;
}

/**
 * The last word on every error outside GraphQL (unreadable bodies, missing files, bugs): a JSON
 * answer with a code, never express's HTML page with a stack trace and file paths.
 */
export const answerErrorsAsJson: ErrorRequestHandler = (error: HttpError, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = error.status ?? error.statusCode ?? 500;
  if (error.type === 'entity.too.large') {
    return refuse(res, 413, {
      message: `The request body ${error.length ? `has ${error.length.toLocaleString('en')} bytes` : 'is too large'}; the limit is ${MAX_BODY_BYTES.toLocaleString('en')} bytes. Split the request.`,
      code: ErrorCode.QueryTooComplex,
      reason: 'maxBodyBytes',
      params: { limit: MAX_BODY_BYTES, actual: error.length ?? null },
    });
  }
  if (error.type === 'entity.parse.failed') {
    return refuse(res, 400, { message: 'The request body is not valid JSON.', code: ErrorCode.BadUserInput, reason: 'malformedJson' });
  }
  if (status === 404) return refuse(res, 404, { message: 'Not found.', code: ErrorCode.NotFound });
  if (status >= 400 && status < 500) {
    return refuse(res, status, { message: `The request cannot be read: ${STATUS_CODES[status] ?? 'bad request'}.`, code: ErrorCode.BadUserInput });
  }
  console.error('Unexpected error', error);
  refuse(res, 500, { message: 'Internal server error', code: ErrorCode.Internal });
};
