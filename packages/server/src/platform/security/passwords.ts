import { hash, verify } from '@node-rs/argon2';
import { passwordLength } from '@gigpact/contracts';

// Argon2id with OWASP's recommended minimum (19 MiB, 2 passes): memory-hard, ~30 ms here.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const minimumPasswordLength = passwordLength.min;
export const maximumPasswordLength = passwordLength.max;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the user does not exist, so a wrong user name takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  return decoyHash;
}
