import { endpoints } from '../../shared/api/contract';
import type { MetaResponse } from '../../shared/api/meta';
import { callEndpoint } from './call-endpoint';

export function fetchMeta(): Promise<MetaResponse> {
  return callEndpoint(endpoints.meta);
}
