import type { Migration } from 'kysely';
import * as m001 from './001-core.ts';
import * as m002 from './002-accounts.ts';
import * as m003 from './003-procurement.ts';
import * as m005 from './005-self-service.ts';
import * as m006 from './006-operations.ts';
import * as m007 from './007-eligibility-facts.ts';
import * as m008 from './008-search-stems.ts';
import * as m009 from './009-consultations.ts';
import * as m013 from './013-contract-register-order.ts';
import * as m014 from './014-content-version.ts';

/**
 * Static migration index: migrations are listed here, in order, never discovered
 * from the file system (bundlers and tsx both see them). Add new ones at the end;
 * never edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '001-core': m001,
  '002-accounts': m002,
  '003-procurement': m003,
  '005-self-service': m005,
  '006-operations': m006,
  '007-eligibility-facts': m007,
  '008-search-stems': m008,
  '009-consultations': m009,
  '013-contract-register-order': m013,
  '014-content-version': m014,
};
