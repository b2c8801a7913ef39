// docs/security.md 3.3: failed logins are limited per account and per address. Kept in memory on purpose:
// addresses must never reach application data (docs/security.md 5.2), and a restart only resets the window.
//
// Three limits, so that an attacker is slowed without locking the owner out:
// - one address guessing one account: 5 failures in the window, then that pair waits (the owner signs in
//   from their own phone as usual);
// - one account from everywhere: a ceiling of 50 failures, against guessing spread over many addresses;
// - one address over every account: 100, against spraying one common password; high enough that people
//   sharing one address (an office, a mobile network's NAT) do not lock each other out.
// The address is the client's as counted from the trusted proxies (TRUST_PROXY hops), never a header a
// client chooses.
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_ACCOUNT = 50;
export const MAX_FAILURES_PER_ADDRESS = 100;
export const WINDOW_MS = 15 * 60 * 1000;

const failures = new Map<string, number[]>();

function recent(key: string, now: number) {
  const list = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  failures.set(key, list);
  return list;
}

/** Failures under one key, in this window: any limiter of the app (logins, receipts, invitations) counts here. */
export function isOverLimit(key: string, limit: number, now = Date.now()) {
  return recent(key, now).length >= limit;
}

export function recordFailure(key: string, now = Date.now()) {
  recent(key, now).push(now);
}

const pairKey = (account: string, address: string) => `pair:${account}|${address}`;

const keysFor = (account: string, address: string) => [
  { key: pairKey(account, address), limit: MAX_FAILURES },
  { key: `account:${account}`, limit: MAX_FAILURES_PER_ACCOUNT },
  { key: `address:${address}`, limit: MAX_FAILURES_PER_ADDRESS },
];

export function isLoginBlocked(account: string, address: string, now = Date.now()) {
  return keysFor(account, address).some(({ key, limit }) => recent(key, now).length >= limit);
}

export function recordLoginFailure(account: string, address: string, now = Date.now()) {
  for (const { key } of keysFor(account, address)) recent(key, now).push(now);
}

/** A success from this address forgets this pair's failures; the account's and the address's ceilings stay. */
export function clearLoginFailures(account: string, address: string) {
  failures.delete(pairKey(account, address));
}

// Guesses of the current password on the account page: a stolen session must not become a way to try
// passwords without limit. Per person, the same window.
const passwordChangeKey = (personId: number) => `password-change:${personId}`;

export function isPasswordChangeBlocked(personId: number, now = Date.now()) {
  return recent(passwordChangeKey(personId), now).length >= MAX_FAILURES;
}

export function recordPasswordChangeFailure(personId: number, now = Date.now()) {
  recent(passwordChangeKey(personId), now).push(now);
}

// Refused tries on one invitation link: whoever holds a link may not try forms on it without limit.
const inviteKey = (tokenHash: string) => `invite:${tokenHash}`;
const MAX_INVITE_FAILURES = 10;

export function isInviteLinkBlocked(tokenHash: string, now = Date.now()) {
  return recent(inviteKey(tokenHash), now).length >= MAX_INVITE_FAILURES;
}

export function recordInviteFailure(tokenHash: string, now = Date.now()) {
  recent(inviteKey(tokenHash), now).push(now);
}

export function resetRateLimits() {
  failures.clear();
}
