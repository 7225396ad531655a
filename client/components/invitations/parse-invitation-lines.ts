import { invitationSchema, maximumInvitationsPerRequest, type Invitation } from '../../../shared/api/invitations';

export interface ParsedInvitations {
  invitations: Invitation[];
  /** 1-based numbers of the lines that are not "organisation, e-mail[, contact]". */
  badLines: number[];
  tooMany: boolean;
}

/** One invitation per line: organisation, e-mail and an optional contact, separated by commas (either width) or tabs. */
export function parseInvitationLines(text: string): ParsedInvitations {
  const invitations: Invitation[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const [organisation = '', email = '', contactName = ''] = line.split(/[,，\t]/).map((part) => part.trim());
    const parsed = invitationSchema.safeParse({ organisation, email, ...(contactName === '' ? {} : { contactName }) });
    if (parsed.success) invitations.push(parsed.data);
    else badLines.push(index + 1);
  });
  return { invitations, badLines, tooMany: invitations.length > maximumInvitationsPerRequest };
}
