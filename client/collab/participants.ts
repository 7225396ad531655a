export interface Participant {
  key: string;
  name: string;
  color: string;
  isSelf: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** One entry per person, even when they have the draft open in several tabs. */
export function participantsFromAwareness(
  states: ReadonlyMap<number, unknown>,
  ownClientId: number,
  ownUserId: string,
): Participant[] {
  const byKey = new Map<string, Participant>();
  for (const [clientId, state] of states) {
    if (!isRecord(state) || !isRecord(state.user)) continue;
    const { id, name, color } = state.user;
    if (typeof name !== 'string' || name === '') continue;
    const key = typeof id === 'string' && id !== '' ? id : `client-${clientId}`;
    const isSelf = clientId === ownClientId || key === ownUserId;
    byKey.set(key, { key, name, color: typeof color === 'string' ? color : '#868e96', isSelf });
  }
  return [...byKey.values()].sort((first, second) => Number(second.isSelf) - Number(first.isSelf));
}
