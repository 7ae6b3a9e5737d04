import type { Lang } from '../../domain/languages.ts';
import type { EligibilityResponse, NeedBody } from '../../http/eligibility-schemas.ts';
import { runEligibilitySearch, type EligibilitySearchDeps } from './run-search.ts';
import { buildShortlistWorkbook, renderShortlistHtml } from './shortlist.ts';

/**
 * Finding eligible enterprises for a need (issue 6): the search (run-search.ts) and the
 * shortlist for the procurement file as .xlsx and as a printable page (shortlist.ts).
 */
export function createEligibilityService(deps: EligibilitySearchDeps) {
  return {
    /** `today` (Athens) defaults to the calendar's; the consultations pass their clock's day. */
    search(need: NeedBody, location: 'body' | 'query', today?: string): Promise<EligibilityResponse> {
      return runEligibilitySearch(deps, need, location, today);
    },
    async shortlistWorkbook(need: NeedBody, lang: Lang) {
      const result = await runEligibilitySearch(deps, need, 'query');
      return {
        fileName: `shortlist-${result.criteria.route.id}-${result.criteria.today}.xlsx`,
        body: await buildShortlistWorkbook(result, lang),
      };
    },
    async shortlistPage(need: NeedBody, lang: Lang): Promise<string> {
      return renderShortlistHtml(await runEligibilitySearch(deps, need, 'query'), lang);
    },
  };
}
