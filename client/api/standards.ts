import { endpoints } from '../../shared/api/contract';
import type { AddMemberRequest, CreateStandardRequest, Member, Standard } from '../../shared/api/standards';
import { callEndpoint } from './call-endpoint';

export async function listStandards(): Promise<Standard[]> {
  const { standards } = await callEndpoint(endpoints.listStandards);
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
