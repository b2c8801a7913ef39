// docs/security.md 3.1: Argon2id at OWASP's minimum cost (19 MiB, t=2, p=1); 12 to 128 characters; common ones refused.
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// The long entries of the most-used password lists, plus our own name: a 12-character minimum alone lets these through.
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "password1234",
  "password12345",
  "passwordpassword",
  "qwertyuiopas",
  "qwertyuiop12",
  "qwerty123456",
  "111111111111",
  "000000000000",
  "iloveyou1234",
  "aaaaaaaaaaaa",
  "abcdefghijkl",
  "abc123456789",
  "letmein12345",
  "welcome12345",
  "administrator",
  "sikiliza1234",
  "sikilizasikiliza",
  "changeme1234",
  "123123123123",
  "football1234",
  "monkey123456",
]);

export type PasswordProblem = "too_short" | "too_long" | "too_common";

export function passwordProblem(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return "too_short";
  if (password.length > PASSWORD_MAX) return "too_long";
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size <= 2) return "too_common";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps the time of a login for an unknown address the same as for a known one.
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash() {
  dummyHash ??= hashPassword("no-such-account-placeholder");
  return dummyHash;
}
