// What the outbox and "who has answered" pages show: view types only.
export type RespondentStatus = "sent" | "started" | "not_started";

export type RoundResponders = {
  roundId: number;
  label: string;
  closesAt: string;
  instruments: { instrument: string; people: { name: string; status: RespondentStatus }[] }[];
  waiting: number;
  mayRemind: boolean;
};

export type OutboxRow = {
  id: number;
  kind: string;
  channel: string | null;
  state: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  sentBy: string | null;
  // Only while it waits to be copied by hand (no transport for its channel): what to send, and to whom.
  copy: { to: string; subject: string; text: string } | null;
};
