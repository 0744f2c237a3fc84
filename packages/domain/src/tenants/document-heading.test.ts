import { describe, expect, it } from "vitest";
import { documentHeading } from "./document-heading";
import { parseTenantSettings } from "./tenant-settings";

const heading = (name: string, settings: unknown = {}) =>
  documentHeading({ name, settings: parseTenantSettings(settings) });

describe("documentHeading", () => {
  it("defaults to the tenant's people's committee and its name without the level", () => {
    expect(heading("Huyện Bình Sơn")).toEqual({ parentBody: "UBND HUYỆN BÌNH SƠN", place: "Bình Sơn" });
    expect(heading("Thị xã Đức Phổ")).toEqual({ parentBody: "UBND THỊ XÃ ĐỨC PHỔ", place: "Đức Phổ" });
    expect(heading("Xã Bình Thanh Đông").place).toBe("Bình Thanh Đông");
    expect(heading("Quảng Ngãi").place).toBe("Quảng Ngãi");
  });

  it("takes the tenant's own parent body and place when set, upper-casing the parent body", () => {
    expect(
      heading("Huyện Bình Sơn", { documents: { parentBodyName: "Huyện ủy Bình Sơn", placeName: "Châu Ổ" } }),
    ).toEqual({ parentBody: "HUYỆN ỦY BÌNH SƠN", place: "Châu Ổ" });
  });
});
