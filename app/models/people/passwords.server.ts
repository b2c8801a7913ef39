// docs/security.md 3.1: Argon2id at OWASP's minimum cost (19 MiB, t=2, p=1); 12 to 128 characters; guessable ones refused.
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// A maintained strength estimator with real dictionaries (common passwords, English words and names, keyboard
// patterns), told what an attacker would try first: the person's own name, address and organisation.
const estimator = new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...english.dictionary }, graphs: common.adjacencyGraphs });
// 3 = about 10^8 to 10^10 guesses: out of reach online, and slow offline against Argon2id.
const MIN_SCORE = 3;
// Printed in the README for the demo accounts: never a password for a real account.
const PUBLIC_PASSWORDS = new Set(["listen-first-demo"]);

export type PasswordProblem = "too_short" | "too_long" | "too_common";

export function passwordProblem(password: string, userInputs: readonly string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return "too_short";
  if (password.length > PASSWORD_MAX) return "too_long";
  if (PUBLIC_PASSWORDS.has(password.toLowerCase())) return "too_common";
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[\s@.,'-]+/)]).filter((input) => input.length >= 3);
  return estimator.check(password, ["sikiliza", ...inputs]).score < MIN_SCORE ? "too_common" : null;
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
