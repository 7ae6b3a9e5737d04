/** Proposals that wait for the municipality (issue 5), and what field history is kept for. */

export const CHANGE_REQUEST_KINDS = ['profile', 'service'] as const;
export type ChangeRequestKind = (typeof CHANGE_REQUEST_KINDS)[number];

/** superseded: replaced by a newer proposal for the same profile or service. */
export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export const HISTORY_RESOURCE_TYPES = ['enterprise', 'service', 'compliance_document', 'logo'] as const;
export type HistoryResourceType = (typeof HISTORY_RESOURCE_TYPES)[number];
