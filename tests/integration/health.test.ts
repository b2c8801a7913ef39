import { loader } from "../../app/routes/healthz";
import { testDb } from "./setup";

describe("the health check", () => {
  it("answers ok after a real query", async () => {
    const res = loader();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database cannot be read", async () => {
    testDb().db.$client.close();
    const res = loader();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable" });
  });
});
