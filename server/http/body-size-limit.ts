import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { maximumCommentImportBytes } from '../../shared/api/comment-import';
import { maximumImageBytes } from '../../shared/api/images';
import { maximumLedgerExportBytes } from '../../shared/api/ledger';
import { maximumReviewAttachmentBytes } from '../../shared/api/reviews';
import { errorResponse } from './error-response';

/** Every JSON request the API takes is far below this. */
export const maximumJsonBodyBytes = 64 * 1024;

interface UploadLimit {
  path: RegExp;
  maximumBytes: number;
  message: string;
}

const fixedUploadLimits: readonly UploadLimit[] = [
  { path: /^\/api\/comment-periods\/[^/]+\/comment-imports$/, maximumBytes: maximumCommentImportBytes, message: `A commenting template may be at most ${maximumCommentImportBytes / 1024 / 1024} MiB.` },
  { path: /^\/api\/public\/verify-export$/, maximumBytes: maximumLedgerExportBytes, message: `A record-log export may be at most ${maximumLedgerExportBytes / 1024 / 1024} MiB.` },
  { path: /^\/api\/reviews\/[^/]+\/attachments$/, maximumBytes: maximumReviewAttachmentBytes, message: `A review attachment may be at most ${maximumReviewAttachmentBytes / 1024 / 1024} MiB.` },
  { path: /^\/api\/standards\/[^/]+\/images$/, maximumBytes: maximumImageBytes, message: `Images may be at most ${maximumImageBytes / 1024 / 1024} MiB.` },
];

function limitedTo(maximumBytes: number, message: string): MiddlewareHandler {
  return bodyLimit({
    maxSize: maximumBytes,
    // The rest of the body is never buffered: once the answer is sent, @hono/node-server discards what still
    // arrives for at most 500 ms or 64 MiB and then closes the connection, so the client does read the 413.
    onError: (context) => errorResponse(context, 'body_too_large', message),
  });
}

const jsonLimit = limitedTo(maximumJsonBodyBytes, `The request body may be at most ${maximumJsonBodyBytes / 1024} KiB.`);

/** The Word imports' limit is a setting (WORD_IMPORT_MAX_FILE_MIB); the other uploads' limits are fixed. */
function uploadLimitsWith(maximumWordImportBytes: number): UploadLimit[] {
  const message = `A Word file may be at most ${Math.round((maximumWordImportBytes / 1024 / 1024) * 10) / 10} MiB.`;
  return [
    ...fixedUploadLimits,
    { path: /^\/api\/standards\/imports$/, maximumBytes: maximumWordImportBytes, message },
    { path: /^\/api\/standards\/[^/]+\/draft-imports$/, maximumBytes: maximumWordImportBytes, message },
  ];
}

/**
 * Holds every request body to its route's size while it is read: a declared Content-Length over the limit is
 * refused before any byte is read, and a chunked body is counted as it arrives and refused at the first byte past
 * the limit, so no route ever holds more than its limit in memory.
 */
export function createBodySizeLimit(maximumWordImportBytes: number): MiddlewareHandler {
  const uploadLimitMiddlewares = uploadLimitsWith(maximumWordImportBytes).map((limit) => ({ path: limit.path, middleware: limitedTo(limit.maximumBytes, limit.message) }));
  return (context, next) => {
    const upload = uploadLimitMiddlewares.find(({ path }) => path.test(context.req.path));
    return (upload?.middleware ?? jsonLimit)(context, next);
  };
}
