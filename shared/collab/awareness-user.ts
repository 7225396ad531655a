/** What every collaborator's awareness state carries under `user`; the server overwrites it from the session. */
export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
}

const caretColors = ['#d9480f', '#1971c2', '#2f9e44', '#9c36b5', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4'];

export function caretColorForUser(userId: string): string {
  let hash = 0;
  for (const character of userId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return caretColors[hash % caretColors.length] ?? caretColors[0]!;
}
