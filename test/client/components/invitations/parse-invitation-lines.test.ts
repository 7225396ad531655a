import { describe, expect, it } from 'vitest';
import { parseInvitationLines } from '../../../../client/components/invitations/parse-invitation-lines';

describe('parseInvitationLines', () => {
  it('reads organisation, e-mail and an optional contact per line, with Chinese or Latin commas or tabs', () => {
    const parsed = parseInvitationLines('某检测研究院, zhang@example.com, 张工\n\n某电池企业，li@example.com\n某大学\twang@example.edu\t王老师\n');
    expect(parsed.badLines).toEqual([]);
    expect(parsed.invitations).toEqual([
      { organisation: '某检测研究院', email: 'zhang@example.com', contactName: '张工' },
      { organisation: '某电池企业', email: 'li@example.com' },
      { organisation: '某大学', email: 'wang@example.edu', contactName: '王老师' },
    ]);
  });

  it('names every line that is not an organisation with an e-mail address', () => {
    const parsed = parseInvitationLines('某检测研究院\n, a@example.com\n某企业, not-an-email\n某大学, ok@example.edu');
    expect(parsed.badLines).toEqual([1, 2, 3]);
    expect(parsed.invitations).toHaveLength(1);
  });

  it('flags a list longer than one request may carry', () => {
    const lines = Array.from({ length: 501 }, (_, index) => `单位${index}, person${index}@example.com`).join('\n');
    expect(parseInvitationLines(lines).tooMany).toBe(true);
  });
});
