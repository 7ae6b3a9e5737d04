import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { howToTakePart } from '../../domain/consultations/public-listing.ts';
import type { Lang } from '../../domain/languages.ts';
import { listPublicConsultations } from '../../repositories/consultations.ts';
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
  return {
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
