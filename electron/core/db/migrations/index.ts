import type { Migration } from '../migrate';
import { m0001Vault } from './0001-vault';
import { m0002RecordsByTypeRev } from './0002-records-by-type-rev';

/** In order. Append only: never edit a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [m0001Vault, m0002RecordsByTypeRev];
