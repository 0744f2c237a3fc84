import { describe, expect, it } from "vitest";
import {
  DeployError,
  deployedAddress,
  missingSecretsMessage,
  parseDeployArgs,
  parseSecretList,
  placeholdersIn,
  requiredSecrets,
} from "../scripts/lib/deploy-plan";
import { WorkerEnv } from "../workers/api/src/env";

// `npm run deploy` (scripts/deploy.ts) decides from these; the Cloudflare side
// cannot run here, so its decisions are tested without it.

const staging = {
  vars: { ENVIRONMENT: "production", PUBLIC_BASE_URL: "https://staging.kycuong.vn", EMAIL_TRANSPORT: "http" },
  bindings: [
    "ALERT_QUEUE",
    "ATTACHMENTS",
    "INTAKE_RATE_LIMITER",
    "RECEIPT_RATE_LIMITER",
    "PASSWORD_RESET_RATE_LIMITER",
  ],
};

describe("npm run deploy arguments", () => {
  it("takes --env staging|production, with or without =, and --dry-run", () => {
    expect(parseDeployArgs(["--env", "staging"])).toEqual({ env: "staging", dryRun: false });
    expect(parseDeployArgs(["--env=production", "--dry-run"])).toEqual({ env: "production", dryRun: true });
  });

  it("refuses a missing or unknown environment and stray arguments with the usage line", () => {
    for (const argv of [[], ["--env"], ["--env", "prod"], ["--env", "staging", "--force"]]) {
      expect(() => parseDeployArgs(argv)).toThrow(/Usage: npm run deploy -- --env staging\|production/);
    }
  });
});

describe("the secrets a deployment needs", () => {
  it("are the Worker's settings without a default that the environment's config does not provide", () => {
    expect(requiredSecrets(WorkerEnv, staging).sort()).toEqual(
      ["EMAIL_API_KEY", "HOTLINE_SECRET", "JWT_SIGNING_KEY", "LIBSQL_URL", "SEAL_PRIVATE_KEY"].sort(),
    );
  });

  it("include the Turso token when the database is Turso, and no email key without the HTTP transport", () => {
    const viaBinding = { ...staging, vars: { ...staging.vars, EMAIL_TRANSPORT: "send_email" } };
    expect(requiredSecrets(WorkerEnv, viaBinding, "libsql://kycuong-acme.turso.io")).toContain("LIBSQL_AUTH_TOKEN");
    expect(requiredSecrets(WorkerEnv, viaBinding, "libsql://kycuong-acme.turso.io")).not.toContain("EMAIL_API_KEY");
    expect(requiredSecrets(WorkerEnv, staging, "http://127.0.0.1:8080")).not.toContain("LIBSQL_AUTH_TOKEN");
  });

  it("are read from wrangler's JSON secret list, warnings around it or not", () => {
    const output = `▲ [WARNING] something\n[\n  { "name": "LIBSQL_URL", "type": "secret_text" },\n  { "name": "HOTLINE_SECRET", "type": "secret_text" }\n]\n`;
    expect(parseSecretList(output)).toEqual(["LIBSQL_URL", "HOTLINE_SECRET"]);
    expect(parseSecretList("[]")).toEqual([]);
    expect(() => parseSecretList("✘ [ERROR] Authentication error")).toThrow(DeployError);
  });

  it("when missing, are named with the command that sets each, for that environment", () => {
    const message = missingSecretsMessage("production", ["JWT_SIGNING_KEY", "HOTLINE_SECRET"]);
    expect(message).toContain("lacks 2 secrets");
    expect(message).toContain("npx wrangler secret put JWT_SIGNING_KEY --env production");
    expect(message).toContain("npx wrangler secret put HOTLINE_SECRET --env production");
    expect(message).toContain("Nothing was migrated or deployed");
  });
});

describe("the environment's config", () => {
  it("is refused while a documented placeholder is left", () => {
    expect(
      placeholdersIn({
        vars: { PUBLIC_BASE_URL: "https://kycuong.example", EMAIL_FROM: "Kỷ Cương <canhbao@kycuong.example>" },
        routes: [{ pattern: "staging.kycuong.example", custom_domain: true }],
      }),
    ).toEqual(["vars.PUBLIC_BASE_URL", "vars.EMAIL_FROM", "routes: staging.kycuong.example"]);
    expect(placeholdersIn({ vars: staging.vars, routes: [{ pattern: "kycuong.vn", custom_domain: true }] })).toEqual(
      [],
    );
  });
});

describe("the deployed address", () => {
  it("is the workers.dev URL wrangler prints, else its first custom domain", () => {
    const workersDev =
      "Uploaded kycuong-api-staging (3.2 sec)\nDeployed kycuong-api-staging triggers (1.1 sec)\n  https://kycuong-api-staging.acme.workers.dev\n  schedule: */15 * * * *\n";
    expect(deployedAddress(workersDev)).toBe("https://kycuong-api-staging.acme.workers.dev");
    const customDomain = "Deployed kycuong-api-production triggers (1.0 sec)\n  kycuong.vn (custom domain)\n";
    expect(deployedAddress(customDomain)).toBe("https://kycuong.vn");
    expect(deployedAddress("Deployed kycuong-api-production triggers\n  schedule: */15 * * * *\n")).toBeNull();
  });
});
