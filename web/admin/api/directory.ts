import type { AreaList, CategoryList, CpvList, EnterpriseList, Lang } from '../../../api/contract.ts';
import { apiRequest, query } from '../../shared/api-client.ts';

/** Thin typed calls for the public directory's lists that the staff app reuses (CPV, areas, categories, enterprises). */

export const searchCpv = (q: string, lang: Lang) =>
  apiRequest<CpvList>('GET', `/api/v1/cpv${query({ q, lang, limit: 8 })}`);
/** A category's CPV codes, one per prefix it maps to (the prefix's own code, else the first under it). */
export async function categoryCpvCodes(categoryId: string, lang: Lang): Promise<CpvList['items']> {
  const category = (await listCategories(lang)).items.find((c) => c.id === categoryId);
  if (!category) return [];
  const codes = await Promise.all(
    category.cpvPrefixes.map(async (prefix) => {
      const { items } = await searchCpv(prefix.padEnd(8, '0'), lang);
      return items.find((c) => c.code === prefix.padEnd(8, '0')) ?? items.find((c) => c.code.startsWith(prefix));
    }),
  );
  return codes.filter((c) => c !== undefined);
}
export const listAreas = (lang: Lang) => apiRequest<AreaList>('GET', `/api/v1/areas${query({ lang })}`);
export const listCategories = (lang: Lang) => apiRequest<CategoryList>('GET', `/api/v1/categories${query({ lang })}`);
export const searchEnterprises = (q: string, lang: Lang) =>
  apiRequest<EnterpriseList>('GET', `/api/v1/enterprises${query({ q, lang, pageSize: 8 })}`);
/** The widget's answer, for what it offers beyond results: the categories the words name, "did you mean". */
export const searchHelp = (q: string, lang: Lang, category: string) =>
  apiRequest<EnterpriseList>('GET', `/api/v1/enterprises${query({ q, lang, category, pageSize: 1 })}`);
