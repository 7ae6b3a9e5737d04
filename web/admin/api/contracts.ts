import type { Contract, ContractInputBody, ContractList } from '../../../api/contract.ts';
import { apiRequest, query, segment } from '../../shared/api-client.ts';

/** Thin typed calls for /api/v1/contracts. Changes carry the contract's ETag (If-Match): a stale one answers 412. */

const BASE = '/api/v1/contracts';

/** The strong ETag of a contract, as GET /contracts/:id sends it. */
export const contractEtag = (contract: Contract) => `"contract-${contract.id}-v${contract.version}"`;

export const listContracts = (filter: Record<string, string>) =>
  apiRequest<ContractList>('GET', `${BASE}${query(filter)}`);
export const getContract = (id: string) => apiRequest<Contract>('GET', `${BASE}/${segment(id)}`);
export const createContract = (body: ContractInputBody) => apiRequest<Contract>('POST', BASE, body);
export const updateContract = (contract: Contract, body: ContractInputBody) =>
  apiRequest<Contract>('PUT', `${BASE}/${segment(contract.id)}`, body, { ifMatch: contractEtag(contract) });
export const deleteContract = (contract: Contract) =>
  apiRequest<void>('DELETE', `${BASE}/${segment(contract.id)}`, undefined, { ifMatch: contractEtag(contract) });

/** The register's downloads, filtered like the list. */
export const contractsExportUrl = (format: 'xlsx' | 'csv', filter: Record<string, string>) =>
  `${BASE}/export.${format}${query(filter)}`;
