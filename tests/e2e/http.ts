// Plain HTTP as a browser would send it (same Origin, cookies carried by hand), for tests without a page.
export type Client = { baseURL: string; cookie: string };

export async function signInOverHttp(baseURL: string, email: string, password = "listen-first-demo"): Promise<Client> {
  const res = await fetch(`${baseURL}/login`, {
    method: "POST",
    headers: { Origin: baseURL, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
    redirect: "manual",
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  if (res.status !== 302 || !cookie.startsWith("sikiliza_session=")) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return { baseURL, cookie };
}

export async function getHtml(client: Client | { baseURL: string; cookie?: string }, path: string) {
  const res = await fetch(`${client.baseURL}${path}`, { headers: client.cookie ? { Cookie: client.cookie } : {}, redirect: "manual" });
  return { status: res.status, html: await res.text() };
}

export function postForm(baseURL: string, path: string, fields: Record<string, string | string[]>, cookie?: string) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return fetch(`${baseURL}${path}`, {
    method: "POST",
    headers: { Origin: baseURL, "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
    body,
    redirect: "manual",
  });
}
