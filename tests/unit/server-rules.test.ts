import { isSameOriginRequest, loadContext, loggablePath, pseudonym, trustedProxyHops } from "../../app/server/serve.js";
import { checkFormBody } from "../../app/server/form-bodies.js";
import { asksOldDataForm, remixMode } from "../../app/server/remix-handler.js";
import { safeNext } from "../../app/models/people/navigation.server";

describe("the load context", () => {
  it("draws one CSP nonce per request, the same on every read, and a new one for the next request", () => {
    const first = loadContext("127.0.0.1");
    expect(first.cspNonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.cspNonce).toBe(first.cspNonce);
    expect(loadContext("127.0.0.1").cspNonce).not.toBe(first.cspNonce);
    expect(first.clientAddress).toBe("127.0.0.1");
  });
});

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
    // Scheme, host and port compare as a whole: another scheme or a user-info prefix is another origin.
    [{ host: "127.0.0.1:3000", origin: "https://127.0.0.1:3000" }, false],
    [{ host: "127.0.0.1:3000", origin: "http://user@127.0.0.1:3000" }, false],
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }, false],
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1" }, false],
  ])("%o → %s", (headers, expected) => {
    expect(isSameOriginRequest(headers, "http")).toBe(expected);
  });

  it("takes the scheme the server was reached by", () => {
    expect(isSameOriginRequest({ host: "sikiliza.example", origin: "https://sikiliza.example" }, "https")).toBe(true);
    expect(isSameOriginRequest({ host: "sikiliza.example", origin: "http://sikiliza.example" }, "https")).toBe(false);
  });
});

describe("bodies of state changes", () => {
  const form = "application/x-www-form-urlencoded";
  const bytes = (text: string) => Buffer.from(text, "latin1");

  it("accepts an urlencoded form in UTF-8, Swahili and emoji included", async () => {
    const body = Buffer.from(new URLSearchParams({ story: "Tulisikilizwa 🙏", email: "a@b.example" }).toString());
    expect(await checkFormBody(body, form)).toEqual({ ok: true });
    expect(await checkFormBody(Buffer.alloc(0), undefined)).toEqual({ ok: true });
  });

  it("refuses percent-encoded bytes that are not UTF-8, naming the field", async () => {
    expect(await checkFormBody(bytes("email=a%40b.example&story=caf%E9"), form)).toEqual({
      ok: false,
      status: 400,
      message: 'The field "story" is not valid text (UTF-8).',
    });
    expect(await checkFormBody(bytes("story=\xff\xfe"), form)).toMatchObject({ ok: false, status: 400 });
  });

  it("answers JSON, plain text and other bodies with 415", async () => {
    for (const type of ["application/json", "text/plain", "application/xml", undefined]) {
      expect(await checkFormBody(Buffer.from('{"email":"a"}'), type)).toMatchObject({ ok: false, status: 415 });
    }
  });

  it("answers a broken multipart body with 400, and reads a sound one", async () => {
    const type = "multipart/form-data; boundary=XyZ";
    expect(await checkFormBody(Buffer.from("--XyZ\r\nContent-Disposition: form-data\r\n\r\nno end"), type)).toMatchObject({
      ok: false,
      status: 400,
    });
    const sound = '--XyZ\r\nContent-Disposition: form-data; name="story"\r\n\r\nHabari\r\n--XyZ--\r\n';
    expect(await checkFormBody(Buffer.from(sound), type)).toEqual({ ok: true });
    const notText = Buffer.concat([
      Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="story"\r\n\r\n'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from("\r\n--XyZ--\r\n"),
    ]);
    expect(await checkFormBody(notText, type)).toMatchObject({
      ok: false,
      status: 400,
      message: 'The field "story" is not valid text (UTF-8).',
    });
  });
});

describe("the server's mode", () => {
  it("is production unless development is asked for by name: npm start never shows stack traces", () => {
    expect(remixMode({})).toBe("production");
    expect(remixMode({ NODE_ENV: "test" })).toBe("production");
    expect(remixMode({ NODE_ENV: "production" })).toBe("production");
    expect(remixMode({ NODE_ENV: "development" })).toBe("development");
  });
});

describe("where `next` may send a person", () => {
  it.each([
    ["/stories/mine", "/stories/mine"],
    ["/inbox?dimension=money", "/inbox?dimension=money"],
    ["/ripoti/ü", "/ripoti/%C3%BC"],
    ["//evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/a\r\nSet-Cookie: x=1", "/"],
  ])("%j → %j", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

describe("TRUST_PROXY", () => {
  it("is a number of proxy hops, so X-Forwarded-For entries a client wrote are never taken as its address", () => {
    expect(trustedProxyHops(undefined)).toBe(false);
    expect(trustedProxyHops("0")).toBe(false);
    expect(trustedProxyHops("1")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("true")).toThrow(/number of proxies/);
  });
});

describe("the old ?_data form", () => {
  it("is seen wherever Remix would read it, spelled out or percent-encoded, and nowhere else", () => {
    for (const url of ["/login?_data=routes/login", "/login?x=1&_data", "/login.data?%5Fdata=routes%2Flogin", "/?a=&_data="])
      expect(asksOldDataForm(url), url).toBe(true);
    for (const url of ["/login", "/rounds/1/respond/partnership-view?page=3", "/s/_data", "/login?data=1", "/login?x_data=1"])
      expect(asksOldDataForm(url), url).toBe(false);
  });
});
