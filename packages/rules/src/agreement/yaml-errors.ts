import type { ErrorCode } from 'yaml';

/** What each kind of YAML parser error means, in Chinese (the parser says it in English only). */
const byCode: Record<ErrorCode, string> = {
  ALIAS_PROPS: '别名（*名称）不能再带锚点或标签',
  BAD_ALIAS: '别名或锚点的名称无效：不能为空，也不能以冒号结尾',
  BAD_DIRECTIVE: '以 % 开头的 YAML 指令无效',
  BAD_DQ_ESCAPE:
    '双引号中的转义序列无效：反斜杠 \\ 后只能跟 YAML 认可的字符；要写反斜杠本身请写 \\\\，或改用单引号',
  BAD_INDENT: '缩进不正确：同一层的各项须从同一列开始，下一层须比上一层缩进更多',
  BAD_PROP_ORDER: '锚点（&）和标签（!）须写在 ?、: 或 - 之后',
  BAD_SCALAR_START: '不加引号的值不能以此字符开头：请把值写在引号中',
  BLOCK_AS_IMPLICIT_KEY: '此处不能开始嵌套的映射或列表：请换行并缩进书写，或把值写在引号中',
  BLOCK_IN_FLOW: '花括号 {…} 或方括号 […] 中不能换行缩进书写映射或列表，各项之间须用逗号分隔',
  DUPLICATE_KEY: '同一映射中的键重复：每个键只能出现一次',
  IMPOSSIBLE: 'YAML 解析器遇到无法处理的结构',
  KEY_OVER_1024_CHARS: '键太长：冒号须在键开始后 1024 个字符以内',
  MISSING_CHAR: '缺少必需的字符（如闭合的引号、逗号、冒号后的空格或列表项前的 -）',
  MULTILINE_IMPLICIT_KEY: '键须写在同一行内（常见原因：上一行缺少冒号，或引号未闭合）',
  MULTIPLE_ANCHORS: '一个值最多只能有一个锚点（&名称）',
  MULTIPLE_DOCS: '文件中只能有一个 YAML 文档：不要用 --- 分隔多个文档',
  MULTIPLE_TAGS: '一个值最多只能有一个标签（!名称）',
  NON_STRING_KEY: '键须是文本',
  RESOURCE_EXHAUSTION: '别名展开过多，文档太大，无法读取',
  TAB_AS_INDENT: '不能用制表符（Tab）缩进：请改用空格',
  TAG_RESOLVE_FAILED: '无法识别以 ! 开头的标签；若 ! 是值的一部分，请把值写在引号中',
  UNEXPECTED_TOKEN: '此处出现了不应出现的内容',
  BAD_COLLECTION_TYPE: '标签与它标注的映射或列表的类型不符',
};

/** Parser messages said more precisely than their code, in Chinese; `$1` is what the message quotes. */
const byMessage: readonly [RegExp, string][] = [
  [/^Missing closing "quote/, '缺少闭合的双引号 "'],
  [/^Missing closing 'quote/, "缺少闭合的单引号 '"],
  [/^Implicit map keys need to be followed by map values/, '键后须有冒号和值（键: 值）'],
  [/^Sequence item without - indicator/, '列表项前缺少 -'],
  [/^Missing , between flow (?:map|sequence) items/, '花括号或方括号中的各项之间缺少逗号'],
  [/^Missing , or : between flow (?:map|sequence) items/, '花括号或方括号中的各项之间缺少逗号或冒号'],
  [/^Missing space after : in flow/, '花括号或方括号中的冒号后缺少空格'],
  [/^Comments must be separated from other tokens/, '注释符号 # 前须有空格'],
  [/^Tags and anchors must be separated from the next token/, '标签（!）或锚点（&）后须有空格'],
  [
    /^Nested mappings are not allowed in compact mappings/,
    '同一行的“键: 值”中不能再嵌套“键: 值”：请换行并缩进书写，或把值写在引号中',
  ],
  [/^A block sequence may not be used as an implicit map key/, '列表不能用作键：请检查缩进'],
  [/^All mapping items must start at the same column/, '映射的各项须从同一列开始：请检查缩进'],
  [/^All sequence items must start at the same column/, '列表的各项须从同一列开始：请检查缩进'],
  [
    /^Flow (?:sequence|mapping) in block collection must be sufficiently indented and end with a ([\]}])/,
    '花括号或方括号未闭合，或续行缩进不够：须以 $1 结束',
  ],
  [/^Unexpected , in flow/, '此处不应有逗号'],
  [/^Unexpected empty item in flow/, '花括号或方括号中有空项（多了一个逗号）'],
  [/^Invalid escape sequence (.+)$/, '双引号中的转义序列 $1 无效：要写反斜杠本身请写 \\\\，或改用单引号'],
  [/^Plain value cannot start with reserved character (.+)$/, '不加引号的值不能以 $1 开头：请把值写在引号中'],
  [
    /^Block scalar header includes extra characters: (.+)$/,
    '多行文本标记 $1 后有多余的字符：| 或 > 后只能跟缩进数字、+ 或 -',
  ],
  [
    /^Unresolved alias \(the anchor must be set before the alias\): (.+)$/,
    '别名 *$1 没有对应的锚点 &$1（锚点须写在别名之前）',
  ],
];

/**
 * A YAML parser error in Chinese: its message said more precisely where it is one of those known, else what its
 * code means; an error without a known code (an alias read later) in general words.
 */
export function yamlErrorInChinese(error: { code?: string; message: string }): string {
  for (const [pattern, zh] of byMessage) {
    const match = pattern.exec(error.message);
    if (match) return match.slice(1).reduce((text, quoted, i) => text.replaceAll(`$${i + 1}`, quoted), zh);
  }
  return (
    (error.code && Object.hasOwn(byCode, error.code) ? byCode[error.code as ErrorCode] : undefined) ??
    '文件不是有效的 YAML'
  );
}
