import { endpoints } from '../../shared/api/contract';
import type { AddMemberRequest, CreateStandardRequest, Member, Standard } from '../../shared/api/standards';
import type { MemberRole } from '../../shared/domain/roles';
import { callEndpoint } from './call-endpoint';

/** The signed-in person's standards; a non-empty query keeps those whose title or number matches. */
export async function listStandards(query = ''): Promise<Standard[]> {
  const { standards } = await callEndpoint(endpoints.listStandards, query.trim() === '' ? {} : { query: { q: query.trim() } });
  return standards;
}

export function createStandard(request: CreateStandardRequest): Promise<Standard> {
  return callEndpoint(endpoints.createStandard, { body: request });
}

export function getStandard(standardId: string): Promise<Standard> {
  return callEndpoint(endpoints.getStandard, { pathParameters: { id: standardId } });
}

export async function listMembers(standardId: string): Promise<Member[]> {
  const { members } = await callEndpoint(endpoints.listMembers, { pathParameters: { id: standardId } });
  return members;
}

export function addMember(standardId: string, request: AddMemberRequest): Promise<Member> {
  return callEndpoint(endpoints.addMember, { pathParameters: { id: standardId }, body: request });
}

export function changeMemberRole(standardId: string, userId: string, role: MemberRole): Promise<Member> {
  return callEndpoint(endpoints.changeMemberRole, { pathParameters: { id: standardId, userId }, body: { role } });
}

export async function removeMember(standardId: string, userId: string): Promise<void> {
  await callEndpoint(endpoints.removeMember, { pathParameters: { id: standardId, userId } });
}
