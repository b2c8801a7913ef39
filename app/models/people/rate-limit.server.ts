// docs/security.md 3.3: failed logins are limited per account and per address. Kept in memory on purpose:
// addresses must never reach application data (docs/security.md 5.2), and a restart only resets the window.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_ADDRESS = 20;

const failures = new Map<string, number[]>();

function recent(key: string, now: number) {
  const list = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  failures.set(key, list);
  return list;
}

const keysFor = (account: string, address: string) => [
  { key: `account:${account}`, limit: MAX_FAILURES },
  { key: `address:${address}`, limit: MAX_FAILURES_PER_ADDRESS },
];

export function isLoginBlocked(account: string, address: string, now = Date.now()) {
  return keysFor(account, address).some(({ key, limit }) => recent(key, now).length >= limit);
}

export function recordLoginFailure(account: string, address: string, now = Date.now()) {
  for (const { key } of keysFor(account, address)) recent(key, now).push(now);
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

export function clearAccountFailures(account: string) {
  failures.delete(`account:${account}`);
}

export function resetRateLimits() {
  failures.clear();
}
