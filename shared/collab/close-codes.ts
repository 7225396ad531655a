/** Websocket close codes the server sends and the client explains to the person. */
export const closeCodes = {
  unauthorized: { code: 4401, reason: 'unauthorized' },
  forbidden: { code: 4403, reason: 'forbidden' },
  malformedUpdate: { code: 4400, reason: 'malformed-update' },
  storageFailure: { code: 4500, reason: 'storage-failure' },
} as const;

export type CloseReason = (typeof closeCodes)[keyof typeof closeCodes]['reason'];
