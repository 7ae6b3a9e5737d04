import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { howToTakePart } from '../../domain/consultations/public-listing.ts';
import type { Lang } from '../../domain/languages.ts';
import { countPublicConsultations, listPublicConsultations } from '../../repositories/consultations.ts';
import { loadNeedCpv } from '../../repositories/eligibility-facts.ts';
import type { Clock, Site } from '../logger.ts';

export interface PublicConsultation {
  id: string;
  title: string;
  /** The main CPV code and its label: what kind of work it is. */
  category: { code: string; label: string };
  /** UTC ISO instant. */
  deadline: string;
  howToTakePart: string;
}

/**
 * The count rides on every directory search answer (the widget's "open requests" link), so it
 * is asked of the database at most this often; a publication or a withdrawal shows within it,
 * well inside the minute browsers and proxies keep a public answer anyway.
 */
const COUNT_FRESH_MS = 30_000;

/**
 * Open requests listed publicly (issue 13): only while PUBLIC_CONSULTATIONS is on, only the
 * requests staff marked for it, only until their deadline. Nothing else of a request (value,
 * invitees, offers) is public.
 */
export function createPublicConsultationService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  site: Site;
  enabled: () => boolean;
}) {
  let counted: { count: number; until: number } | undefined;
  return {
    /**
     * How many requests the listing shows now (0 while PUBLIC_CONSULTATIONS is off), kept
     * until COUNT_FRESH_MS have passed or the earliest deadline falls, whichever comes first.
     */
    async openCount(): Promise<number> {
      if (!deps.enabled()) return 0;
      const now = deps.clock().getTime();
      if (counted && now < counted.until) return counted.count;
      const { count, firstDeadline } = await countPublicConsultations(deps.db, new Date(now).toISOString());
      const until = Math.min(now + COUNT_FRESH_MS, firstDeadline ? Date.parse(firstDeadline) : Infinity);
      counted = { count, until };
      return count;
    },

    async list(lang: Lang): Promise<{ enabled: boolean; items: PublicConsultation[] }> {
      if (!deps.enabled()) return { enabled: false, items: [] };
      const records = await listPublicConsultations(deps.db, deps.clock().toISOString());
      const labels = await loadNeedCpv(
        deps.db,
        records.map((r) => r.cpvCodes[0]!),
      );
      const registerUrl = `${deps.site.publicOrigin}/admin/`;
      return {
        enabled: true,
        items: records.map((record) => {
          const code = record.cpvCodes[0]!;
          const label = labels.get(code);
          return {
            id: record.id,
            title: record.title,
            category: { code, label: (lang === 'el' ? label?.labelEl : label?.labelEn) ?? code },
            deadline: record.deadline!,
            howToTakePart: howToTakePart(record.department, registerUrl)[lang],
          };
        }),
      };
    },
  };
}
