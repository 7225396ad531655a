import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCollaborationServer, type CollaborationServer } from '../../../server/collab/collaboration-server';
import { DocumentWarmUp } from '../../../server/collab/document-warm-up';
import { eventually } from '../../helpers/eventually';
import { createStandard } from '../../../server/commands/create-standard';
import { issueCollaborationTicket } from '../../../server/commands/issue-collaboration-ticket';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';
import { LoopbackConnection } from '../../reliability/support/loopback-connection';

describe('DocumentWarmUp', () => {
  let connection: ReturnType<typeof openTestDatabase>;
  let collaboration: CollaborationServer;

  beforeEach(() => {
    connection = openTestDatabase();
    collaboration = createCollaborationServer(connection);
  });

  afterEach(async () => {
    await collaboration.close();
    connection.remove();
  });

  const isLoaded = (documentName: string): boolean => collaboration.hocuspocus.documents.has(documentName);

  it('loads a draft and keeps it loaded until it is released, once however often it is warmed', async () => {
    collaboration.warmUp.warm('standard:a');
    collaboration.warmUp.warm('standard:a');
    await eventually(() => expect(isLoaded('standard:a')).toBe(true));
    expect(collaboration.hocuspocus.documents.get('standard:a')?.getConnectionsCount()).toBe(1);

    collaboration.warmUp.release('standard:a');
    await eventually(() => expect(isLoaded('standard:a')).toBe(false));
  });

  it('lets go of the draft once a client connection is in, which then keeps it loaded until it leaves', async () => {
    const user = insertTestUser(connection, 'drafter');
    const standardId = createStandard({ database: connection.database, creatorId: user.id, request: { title: '预热测试' }, now: new Date() }).id;
    const documentName = documentNameForStandard(standardId);
    collaboration.warmUp.warm(documentName);
    await eventually(() => expect(isLoaded(documentName)).toBe(true));

    const client = new LoopbackConnection(collaboration.hocuspocus);
    const { token } = issueCollaborationTicket({ database: connection.database, userId: user.id, standardId, now: new Date() });
    expect(await client.authenticate(documentName, token)).toBe(true);
    await eventually(() => expect(collaboration.hocuspocus.documents.get(documentName)?.getConnectionsCount()).toBe(1));
    expect(isLoaded(documentName)).toBe(true);

    client.close();
    await eventually(() => expect(isLoaded(documentName)).toBe(false));
  });

  it('lets go of a draft nobody connected to once the hold is over', async () => {
    const shortHold = new DocumentWarmUp((documentName) => collaboration.hocuspocus.openDirectConnection(documentName), 50);
    shortHold.warm('standard:b');
    await eventually(() => expect(isLoaded('standard:b')).toBe(true));
    await eventually(() => expect(isLoaded('standard:b')).toBe(false));
  });

  it('lets go of every held draft when the server closes', async () => {
    collaboration.warmUp.warm('standard:c');
    collaboration.warmUp.warm('standard:d');
    await eventually(() => expect(isLoaded('standard:c') && isLoaded('standard:d')).toBe(true));
    await collaboration.warmUp.releaseAll();
    await eventually(() => expect(isLoaded('standard:c') || isLoaded('standard:d')).toBe(false));
  });
});
