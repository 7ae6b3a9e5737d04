import type { AreaList, CategoryList, CpvList, EnterpriseList, Lang } from '../../../api/contract.ts';
import { apiRequest, query } from '../../shared/api-client.ts';

/** Thin typed calls for the public directory's lists that the staff app reuses (CPV, areas, categories, enterprises). */

export const searchCpv = (q: string, lang: Lang) =>
  apiRequest<CpvList>('GET', `/api/v1/cpv${query({ q, lang, limit: 8 })}`);
export const listAreas = (lang: Lang) => apiRequest<AreaList>('GET', `/api/v1/areas${query({ lang })}`);
export const listCategories = (lang: Lang) => apiRequest<CategoryList>('GET', `/api/v1/categories${query({ lang })}`);
export const searchEnterprises = (q: string, lang: Lang) =>
  apiRequest<EnterpriseList>('GET', `/api/v1/enterprises${query({ q, lang, pageSize: 8 })}`);
/** The widget's answer, for what it offers beyond results: the categories the words name, "did you mean". */
export const searchHelp = (q: string, lang: Lang, category: string) =>
  apiRequest<EnterpriseList>('GET', `/api/v1/enterprises${query({ q, lang, category, pageSize: 1 })}`);
