import { datasetIdsStartingWith, type Database } from '@gigpact/server';

/**
 * The stored dataset a shortened id names: the one whose id begins with `start`. None, or more than one, is an
 * error naming the id (and the ids it could be), so a short id never picks a dataset by chance.
 */
export async function datasetIdFromStart(db: Database, start: string): Promise<string> {
  const found = await datasetIdsStartingWith(db, start, 4);
  if (found.length === 1) return found[0]!;
  if (found.length === 0)
    throw new Error(
      `找不到文件、文件夹或编号以 ${start} 开头的数据集 / no file, folder or stored dataset whose id begins with ${start}`,
    );
  const listed = found.slice(0, 3).join(', ');
  const more = found.length > 3 ? ' …' : '';
  throw new Error(
    `编号以 ${start} 开头的数据集不止一个（${listed}${more}），请给出更多位 / more than one stored dataset id begins with ${start} (${listed}${more}): give more of its characters`,
  );
}
