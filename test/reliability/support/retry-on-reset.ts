function isConnectionReset(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return error instanceof TypeError && (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET');
}

/**
 * Sends again once when fetch lost a race with the server closing an idle keep-alive connection: undici retries
 * such requests itself only when they are idempotent. A request that makes the server drop the connection fails twice.
 */
export async function retryOnConnectionReset<Result>(send: () => Promise<Result>): Promise<Result> {
  try {
    return await send();
  } catch (error) {
    if (!isConnectionReset(error)) throw error;
    return send();
  }
}
