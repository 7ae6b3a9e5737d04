import type {
  AttachmentView,
  ComparisonView,
  ConsultationDetail,
  ConsultationInput,
  ConsultationStatus,
  ConsultationSummaryView,
  EvaluationInputBody,
  MyConsultation,
  OfferInputBody,
  OffersResponse,
  OfferView,
  RotationList,
} from '../../../api/contract.ts';
import { apiRequest, segment } from '../../shared/api-client.ts';

/** Thin typed calls for requests for quotes: /api/v1/consultations (staff) and /api/v1/my/consultations (enterprises). */

const BASE = '/api/v1/consultations';
const MY = '/api/v1/my/consultations';

export const consultationEtag = (c: { id: string; version: number }) => `"consultation-${c.id}-v${c.version}"`;
export const offerEtag = (o: OfferView) => `"offer-${o.id}-v${o.version}"`;

const pdfForm = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

export const listConsultations = (statuses: ConsultationStatus[]) => {
  const params = new URLSearchParams();
  for (const status of statuses) params.append('status', status);
  const q = params.toString();
  return apiRequest<{ items: ConsultationSummaryView[]; total: number }>('GET', q ? `${BASE}?${q}` : BASE);
};
export const getConsultation = (id: string) => apiRequest<ConsultationDetail>('GET', `${BASE}/${segment(id)}`);
export const createConsultation = (body: ConsultationInput) =>
  apiRequest<{ id: string; status: 'draft'; version: number }>('POST', BASE, body);
export const publishConsultation = (c: ConsultationDetail) =>
  apiRequest<ConsultationDetail>('POST', `${BASE}/${segment(c.id)}/publish`, undefined, {
    ifMatch: consultationEtag(c),
  });
export const cancelConsultation = (id: string, reason: string) =>
  apiRequest<ConsultationDetail>('POST', `${BASE}/${segment(id)}/cancel`, { reason });
export const getOffers = (id: string) => apiRequest<OffersResponse>('GET', `${BASE}/${segment(id)}/offers`);
export const getComparison = (id: string) => apiRequest<ComparisonView>('GET', `${BASE}/${segment(id)}/comparison`);
export const saveEvaluation = (id: string, body: EvaluationInputBody) =>
  apiRequest<ComparisonView>('PUT', `${BASE}/${segment(id)}/evaluation`, body);
export const awardConsultation = (
  id: string,
  body: { offerId: string; decisionNumber: string; decisionDate: string; diavgeiaAda?: string | null },
) => apiRequest<{ contractId: string }>('POST', `${BASE}/${segment(id)}/award`, body);
export const addCallFile = (id: string, file: File) =>
  apiRequest<AttachmentView>('POST', `${BASE}/${segment(id)}/attachments`, pdfForm(file));
export const getRotation = (enterpriseIds: string[]) => {
  const params = new URLSearchParams();
  for (const id of enterpriseIds) params.append('enterpriseId', id);
  return apiRequest<RotationList>('GET', `${BASE}/rotation?${params.toString()}`);
};

export const listMyConsultations = () => apiRequest<{ items: MyConsultation[] }>('GET', MY);
export const getMyConsultation = (id: string) => apiRequest<MyConsultation>('GET', `${MY}/${segment(id)}`);
export const putOffer = (id: string, body: OfferInputBody, current: OfferView | null) =>
  apiRequest<OfferView>(
    'PUT',
    `${MY}/${segment(id)}/offer`,
    body,
    current?.state === 'submitted' ? { ifMatch: offerEtag(current) } : {},
  );
export const withdrawOffer = (id: string, current: OfferView) =>
  apiRequest<OfferView>('DELETE', `${MY}/${segment(id)}/offer`, undefined, { ifMatch: offerEtag(current) });
export const declineConsultation = (id: string, reason: string) =>
  apiRequest<MyConsultation>('POST', `${MY}/${segment(id)}/decline`, { reason: reason || null });
export const addOfferFile = (id: string, file: File) =>
  apiRequest<AttachmentView>('POST', `${MY}/${segment(id)}/offer/attachments`, pdfForm(file));
