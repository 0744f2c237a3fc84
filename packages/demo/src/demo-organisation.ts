import type { OfficialKind, Role, UnitKind } from "@kycuong/db";

/**
 * The demo organisation (shared/DOMAIN.md, "Demo data"). Every person's name
 * here is invented; none is taken from the 2017 article.
 */
export interface DemoUnit {
  code: string;
  parent: string | null;
  kind: UnitKind;
  name: string;
  headEmail: string | null;
}

export interface DemoOfficial {
  employeeCode: string;
  unit: string;
  fullName: string;
  kind: OfficialKind;
  position: string;
  email: string | null;
  partyMember: boolean;
  /** This official heads their unit. */
  head?: boolean;
}

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  unit?: string;
  official?: string;
}

export interface DemoTenantOrganisation {
  units: DemoUnit[];
  officials: DemoOfficial[];
  users: DemoUser[];
}

export const demoOrganisation: Record<string, DemoTenantOrganisation> = {
  "binh-son": {
    units: [
      {
        code: "VPHU",
        parent: null,
        kind: "party_committee_office",
        name: "Văn phòng Huyện ủy Bình Sơn",
        headEmail: "chanhvanphong@binh-son.example",
      },
      {
        code: "UBND",
        parent: null,
        kind: "peoples_committee",
        name: "UBND huyện Bình Sơn",
        headEmail: "chutich@binh-son.example",
      },
      {
        code: "TTHCC",
        parent: "UBND",
        kind: "public_admin_centre",
        name: "Trung tâm Hành chính công huyện",
        headEmail: "giamdoc.tthcc@binh-son.example",
      },
      {
        code: "PNV",
        parent: "UBND",
        kind: "department",
        name: "Phòng Nội vụ",
        headEmail: "truongphong.nv@binh-son.example",
      },
      {
        code: "BTD",
        parent: "UBND",
        kind: "commune",
        name: "UBND xã Bình Thanh Đông",
        headEmail: "truongxa@binh-son.example",
      },
      {
        code: "BC",
        parent: "UBND",
        kind: "commune",
        name: "UBND xã Bình Chánh",
        headEmail: "chutich.binhchanh@binh-son.example",
      },
      // No head email yet: shown as such, so the missing alert recipient is visible.
      { code: "CHAUO", parent: "UBND", kind: "town", name: "UBND thị trấn Châu Ổ", headEmail: null },
    ],
    officials: [
      {
        employeeCode: "BS-001",
        unit: "VPHU",
        fullName: "Nguyễn Văn An",
        kind: "cadre",
        position: "Chánh Văn phòng",
        email: "chanhvanphong@binh-son.example",
        partyMember: true,
        head: true,
      },
      {
        employeeCode: "BS-002",
        unit: "VPHU",
        fullName: "Trần Thị Bích",
        kind: "civil_servant",
        position: "Chuyên viên tổng hợp",
        email: "vanphong@binh-son.example",
        partyMember: true,
      },
      {
        employeeCode: "BS-003",
        unit: "UBND",
        fullName: "Lê Minh Cường",
        kind: "cadre",
        position: "Chủ tịch UBND huyện",
        email: "chutich@binh-son.example",
        partyMember: true,
        head: true,
      },
      {
        employeeCode: "BS-004",
        unit: "UBND",
        fullName: "Phạm Thị Dung",
        kind: "civil_servant",
        position: "Thanh tra viên, Tổ Kiểm tra 20",
        email: "kiemtra@binh-son.example",
        partyMember: true,
      },
      {
        employeeCode: "BS-005",
        unit: "TTHCC",
        fullName: "Hoàng Văn Em",
        kind: "public_employee",
        position: "Giám đốc Trung tâm",
        email: "giamdoc.tthcc@binh-son.example",
        partyMember: true,
        head: true,
      },
      {
        employeeCode: "BS-006",
        unit: "TTHCC",
        fullName: "Võ Thị Phương",
        kind: "public_employee",
        position: "Cán bộ tiếp dân",
        email: "tiepdan@binh-son.example",
        partyMember: false,
      },
      {
        employeeCode: "BS-007",
        unit: "PNV",
        fullName: "Đặng Quốc Gia",
        kind: "civil_servant",
        position: "Trưởng phòng Nội vụ",
        email: "truongphong.nv@binh-son.example",
        partyMember: true,
        head: true,
      },
      {
        employeeCode: "BS-008",
        unit: "BTD",
        fullName: "Bùi Văn Hùng",
        kind: "cadre",
        position: "Chủ tịch UBND xã",
        email: "truongxa@binh-son.example",
        partyMember: true,
        head: true,
      },
      {
        employeeCode: "BS-009",
        unit: "BTD",
        fullName: "Đỗ Văn Khoa",
        kind: "civil_servant",
        position: "Công chức Tư pháp - Hộ tịch",
        email: null,
        partyMember: true,
      },
      {
        employeeCode: "BS-010",
        unit: "BTD",
        fullName: "Huỳnh Thị Lan",
        kind: "civil_servant",
        position: "Công chức Văn phòng - Thống kê",
        email: null,
        partyMember: false,
      },
      {
        employeeCode: "BS-011",
        unit: "BTD",
        fullName: "Ngô Văn Minh",
        kind: "civil_servant",
        position: "Công chức Địa chính - Xây dựng",
        email: null,
        partyMember: true,
      },
      {
        employeeCode: "BS-012",
        unit: "BC",
        fullName: "Dương Thị Ngọc",
        kind: "cadre",
        position: "Chủ tịch UBND xã",
        email: "chutich.binhchanh@binh-son.example",
        partyMember: true,
        head: true,
      },
      {
        employeeCode: "BS-013",
        unit: "CHAUO",
        fullName: "Lý Văn Phúc",
        kind: "civil_servant",
        position: "Công chức Văn hóa - Xã hội",
        email: null,
        partyMember: false,
      },
      {
        employeeCode: "BS-014",
        unit: "UBND",
        fullName: "Trương Thị Quỳnh",
        kind: "cadre",
        position: "Phó Chủ tịch UBND huyện",
        email: "lanhdao@binh-son.example",
        partyMember: true,
      },
    ],
    users: [
      { email: "admin@binh-son.example", displayName: "Quản trị Bình Sơn", roles: ["tenant_admin"] },
      {
        email: "vanphong@binh-son.example",
        displayName: "Trần Thị Bích",
        roles: ["party_office"],
        official: "BS-002",
        unit: "VPHU",
      },
      { email: "kiemtra@binh-son.example", displayName: "Phạm Thị Dung", roles: ["inspector"], official: "BS-004" },
      {
        email: "tiepdan@binh-son.example",
        displayName: "Võ Thị Phương",
        roles: ["hotline_officer"],
        official: "BS-006",
      },
      {
        email: "truongxa@binh-son.example",
        displayName: "Bùi Văn Hùng",
        roles: ["unit_head"],
        official: "BS-008",
        unit: "BTD",
      },
      { email: "lanhdao@binh-son.example", displayName: "Trương Thị Quỳnh", roles: ["viewer"], official: "BS-014" },
    ],
  },
  "son-tinh": {
    units: [
      {
        code: "UBND",
        parent: null,
        kind: "peoples_committee",
        name: "UBND huyện Sơn Tịnh",
        headEmail: "chutich@son-tinh.example",
      },
      {
        code: "TINHHA",
        parent: "UBND",
        kind: "commune",
        name: "UBND xã Tịnh Hà",
        headEmail: "chutich.tinhha@son-tinh.example",
      },
    ],
    officials: [
      {
        employeeCode: "ST-001",
        unit: "UBND",
        fullName: "Mai Văn Sơn",
        kind: "cadre",
        position: "Chủ tịch UBND huyện",
        email: "chutich@son-tinh.example",
        partyMember: true,
        head: true,
      },
      {
        employeeCode: "ST-002",
        unit: "TINHHA",
        fullName: "Cao Thị Thu",
        kind: "cadre",
        position: "Chủ tịch UBND xã",
        email: "chutich.tinhha@son-tinh.example",
        partyMember: true,
        head: true,
      },
    ],
    users: [{ email: "admin@son-tinh.example", displayName: "Quản trị Sơn Tịnh", roles: ["tenant_admin"] }],
  },
};

/** The platform operator: belongs to no tenant. */
export const demoPlatformAdmin: DemoUser = {
  email: "platform@kycuong.example",
  displayName: "Vận hành nền tảng",
  roles: ["platform_admin"],
};
