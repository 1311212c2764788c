import { keyFingerprint } from '@gigpact/datasets';
import { count, ne, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Database } from '../../platform/db/client';
import { datasetsNotInDataDir } from '../audits/engine/load-datasets';
import { datasets } from './schema';

/**
 * What start-up says about the stored datasets beside this process's settings, in Chinese and English: datasets
 * its data directory lacks (processes sharing a database must share the directory), and datasets pseudonymised
 * under another key than this process's (a worker's rows in new data would not join theirs).
 */
export async function storageWarnings(db: Database, config: Config): Promise<string[]> {
  const warnings: string[] = [];
  const elsewhere = await datasetsNotInDataDir(db, config.dataDir);
  if (elsewhere.length > 0)
    warnings.push(
      `数据目录 ${config.dataDir} 中没有数据库目录中的 ${elsewhere.length} 个数据集：共用一个数据库的进程须共用同一数据目录（GIGPACT_DATA_DIR）；读这些数据集的审计留给能读到它们的进程 / the data directory ${config.dataDir} lacks ${elsewhere.length} of the database's datasets: processes that share a database must share its data directory (GIGPACT_DATA_DIR); audits of those datasets are left to a process that can read them`,
    );
  if (config.pseudonymKey) {
    const fingerprint = keyFingerprint(config.pseudonymKey);
    const [other] = await db
      .select({ n: count() })
      .from(datasets)
      .where(ne(sql`${datasets.manifest} ->> 'pseudonymKeyFingerprint'`, fingerprint));
    if (other && other.n > 0)
      warnings.push(
        `${other.n} 个已存数据集的劳动者假名出自另一个 GIGPACT_PSEUDONYM_KEY：用当前密钥导入的新数据中，同一劳动者的假名与它们不同；密钥在存入数据后不应更改 / ${other.n} stored datasets were pseudonymised under another GIGPACT_PSEUDONYM_KEY: in data ingested under this key the same worker gets another pseudonym; the key must not change once data is stored`,
      );
  }
  return warnings;
}
