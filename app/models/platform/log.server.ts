// Logs say what broke, never whose data: no bodies, no query strings, no story text (docs/security.md 5.1).
export function logError(error: unknown) {
  const name = error instanceof Error ? error.name : "Error";
  const message =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error && "status" in error
        ? `status ${String(error.status)}`
        : String(error);
  const where = error instanceof Error ? (error.stack ?? "").split("\n").slice(1, 4).join(" | ") : "";
  console.error(JSON.stringify({ level: "error", name, message: message.slice(0, 300), where }));
}
