/** A person's name as lists show it: 张*, 欧阳** — enough to recognise, not to identify. */
export function maskName(name: string | null): string | null {
  if (!name) return null;
  const chars = [...name.trim()];
  if (chars.length === 0) return null;
  const kept = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, kept).join('') + '*'.repeat(Math.max(1, chars.length - kept));
}

/** A phone number as lists show it: 138****5678. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\s/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}
