import type {
  Lang,
  MySocialValueContract,
  SocialValueInputBody,
  SocialValueReportView,
} from '../../../api/contract.ts';
import { apiRequest, query, segment } from '../../shared/api-client.ts';

/** Thin typed calls for social value (issue 13): /api/v1/my/social-value (enterprises) and /api/v1/social-value (staff). */

/** The report's ETag as the server sends it (If-Match on a correction or a review). */
const etagOf = (report: Pick<SocialValueReportView, 'id' | 'version'>) =>
  `"social-value-${report.id}-v${report.version}"`;

export const listMySocialValue = () =>
  apiRequest<{ contracts: MySocialValueContract[] }>('GET', '/api/v1/my/social-value');

export const reportSocialValue = (contractId: string, input: SocialValueInputBody) =>
  apiRequest<SocialValueReportView>('POST', `/api/v1/my/social-value/contracts/${segment(contractId)}/reports`, input);

export const correctSocialValue = (report: SocialValueReportView, input: SocialValueInputBody) =>
  apiRequest<SocialValueReportView>('PUT', `/api/v1/my/social-value/reports/${segment(report.id)}`, input, {
    ifMatch: etagOf(report),
  });

export const listSocialValueReports = (status?: SocialValueReportView['status']) =>
  apiRequest<{ items: SocialValueReportView[] }>('GET', `/api/v1/social-value/reports${query({ status })}`);

export const confirmSocialValue = (report: SocialValueReportView) =>
  apiRequest<SocialValueReportView>('POST', `/api/v1/social-value/reports/${segment(report.id)}/confirm`, undefined, {
    ifMatch: etagOf(report),
  });

export const returnSocialValue = (report: SocialValueReportView, comment: string) =>
  apiRequest<SocialValueReportView>(
    'POST',
    `/api/v1/social-value/reports/${segment(report.id)}/return`,
    { comment },
    { ifMatch: etagOf(report) },
  );

/** The yearly council report's download address. */
export const councilReportUrl = (year: number, format: 'docx' | 'pdf', lang: Lang) =>
  `/api/v1/stats/social-value-report.${format}${query({ year, lang })}`;
