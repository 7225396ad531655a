import type { DraftAccess } from '../policies/standard-policy';

/** What `onAuthenticate` learns about a connection; every later hook reads the person from here, never from Yjs. */
export interface CollaborationContext {
  user: { id: string; displayName: string };
  standardId: string;
  access: Exclude<DraftAccess, 'none'>;
}

export function isCollaborationContext(value: unknown): value is CollaborationContext {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<CollaborationContext>;
  return typeof candidate.standardId === 'string' && typeof candidate.user?.id === 'string';
}
