const han = '\\u3400-\\u9fff\\uf900-\\ufaff';

/**
 * A schema's own message written `中文 / English`, split into its halves: the Chinese, then a slash with a space on
 * at least one side, then English with no Chinese in it (`不是区代码：应为 6 位数字 / not a district code: 6 digits`,
 * also written `区代码（6位）/ a district code`). A slash inside either half (`true/false`) does not split it.
 */
const bilingual = new RegExp(`^(.*[${han}].*?)(?:\\s+/\\s*|\\s*/\\s+)([^${han}]+)$`, 's');

export function bilingualMessage(message: string | undefined): { zh: string; en: string } | undefined {
  const match = message?.match(bilingual);
  if (!match) return undefined;
  const [zh, en] = [match[1]!.trim(), match[2]!.trim()];
  return zh && en ? { zh, en } : undefined;
}
