import { isSameOriginRequest, loggablePath, pseudonym } from "../../app/server/serve.js";

describe("request logs", () => {
  it("hold the path without query string, with secret tokens masked", () => {
    expect(loggablePath("/s/Zx81kq0mB7Vv3nJ2xLq9?lang=sw")).toBe("/s/:token");
    expect(loggablePath("/invite/abcDEF123/extra")).toBe("/invite/:token/extra");
    expect(loggablePath("/inbox?dimension=money")).toBe("/inbox");
  });

  it("name a session by a pseudonym that is stable within the process and never the token", () => {
    const a = pseudonym("lang=sw; sikiliza_session=secret-token-1");
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(a).toBe(pseudonym("sikiliza_session=secret-token-1"));
    expect(a).not.toBe(pseudonym("sikiliza_session=secret-token-2"));
    expect(pseudonym(undefined)).toBeNull();
  });
});

describe("the Origin rule for state changes", () => {
  it.each([
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }, true],
    [{ host: "127.0.0.1:3000", origin: "https://evil.example" }, false],
    [{ host: "127.0.0.1:3000", origin: "null", "sec-fetch-site": "same-origin" }, true],
    [{ host: "127.0.0.1:3000", origin: "null", "sec-fetch-site": "cross-site" }, false],
    [{ host: "127.0.0.1:3000" }, false],
    [{ host: "127.0.0.1:3000", origin: "not a url" }, false],
  ])("%o → %s", (headers, expected) => {
    expect(isSameOriginRequest(headers)).toBe(expected);
  });
});
