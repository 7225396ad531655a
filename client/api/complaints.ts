import { endpoints } from '../../shared/api/contract';
import type { Complaint, ComplaintStepRequest, LodgeComplaintRequest } from '../../shared/api/complaints';
import { callEndpoint } from './call-endpoint';

export function lodgeComplaint(bodyCode: string, edition: string, request: LodgeComplaintRequest): Promise<Complaint> {
  return callEndpoint(endpoints.lodgeComplaint, { pathParameters: { bodyCode, edition }, body: request });
}

export async function listStandardComplaints(standardId: string): Promise<Complaint[]> {
  return (await callEndpoint(endpoints.standardComplaints, { pathParameters: { id: standardId } })).complaints;
}

export function takeComplaintStep(standardId: string, complaintId: string, request: ComplaintStepRequest): Promise<Complaint> {
  return callEndpoint(endpoints.takeComplaintStep, { pathParameters: { id: standardId, complaintId }, body: request });
}

export async function listMyComplaints(): Promise<Complaint[]> {
  return (await callEndpoint(endpoints.myComplaints)).complaints;
}
