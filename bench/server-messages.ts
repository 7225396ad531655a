export type ServerKind = 'normdraft' | 'baseline';

/** `memory`: collect garbage, then report the heap and RSS. */
export type ServerRequest = { type: 'memory'; id: number } | { type: 'stop' };

export type ServerReply = { type: 'ready'; url: string } | { type: 'memory'; id: number; rssBytes: number; heapUsedBytes: number };

export function isServerRequest(message: unknown): message is ServerRequest {
  return typeof message === 'object' && message !== null && 'type' in message && (message.type === 'memory' || message.type === 'stop');
}

export function isServerReply(message: unknown): message is ServerReply {
  return typeof message === 'object' && message !== null && 'type' in message && (message.type === 'ready' || message.type === 'memory');
}
