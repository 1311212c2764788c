/** Exact sum of decimal strings (money), never through binary floats. */
export function sumDecimals(values: readonly (string | null)[]): string {
  let scale = 0;
  const parsed: { digits: bigint; scale: number }[] = [];
  for (const value of values) {
    if (value === null || value === '') continue;
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
    if (!match) throw new Error(`not a decimal: ${value}`);
    const fraction = match[3] ?? '';
    const digits = BigInt(`${match[1]}${match[2]}${fraction}`);
    parsed.push({ digits, scale: fraction.length });
    scale = Math.max(scale, fraction.length);
  }
  let total = 0n;
  for (const p of parsed) total += p.digits * 10n ** BigInt(scale - p.scale);
  return formatScaled(total, scale);
}

function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = scale ? text.slice(text.length - scale).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
