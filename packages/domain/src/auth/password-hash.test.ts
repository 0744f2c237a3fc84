import { describe, expect, it } from "vitest";
import { hashPassword, MAX_PBKDF2_ITERATIONS, verifyPassword } from "./password-hash";

describe("password hashes", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const stored = await hashPassword("mật-khẩu-đủ-dài-2026");
    expect(stored).toMatch(/^pbkdf2-sha256\$100000\$/);
    expect(await verifyPassword("mật-khẩu-đủ-dài-2026", stored)).toBe(true);
    expect(await verifyPassword("mật-khẩu-đủ-dài-2027", stored)).toBe(false);
  });

  it("salts each hash", async () => {
    expect(await hashPassword("same-password-twice")).not.toBe(await hashPassword("same-password-twice"));
  });

  it("refuses more iterations than Cloudflare's production runtime accepts", async () => {
    await expect(hashPassword("whatever-password", MAX_PBKDF2_ITERATIONS + 1)).rejects.toThrow(RangeError);
    const tooMany = (await hashPassword("whatever-password")).replace("$100000$", "$200000$");
    expect(await verifyPassword("whatever-password", tooMany)).toBe(false);
  });
});
