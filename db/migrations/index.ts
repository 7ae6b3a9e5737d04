import type { Migration } from 'kysely';
import * as m001 from './001-core.ts';

/**
 * Static migration index: migrations are listed here, in order, never discovered
 * from the file system (bundlers and tsx both see them). Add new ones at the end;
 * never edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '001-core': m001,
};
