import type { Db } from "@kycuong/db";
import type { EmailTransport } from "@kycuong/domain/alerts";
import { MisconfiguredError, type WorkerEnv } from "../env";
import { devMailboxTransport } from "./dev-mailbox-transport";
import { httpEmailTransport } from "./http-email-transport";
import { sendEmailBindingTransport } from "./send-email-transport";

const DEV_SENDER = "Kỷ Cương (dev) <canhbao@kycuong.local>";

/**
 * Builds the transport the deployment chose. Email settings are optional in
 * the env schema so the hotline runs without them; this is where alerts
 * insist on them, naming every missing setting (never a value) at once.
 */
export function emailTransportFor(config: WorkerEnv, db: Db): EmailTransport {
  switch (config.EMAIL_TRANSPORT ?? "http") {
    case "http": {
      const { EMAIL_API_URL, EMAIL_API_KEY, EMAIL_FROM } = config;
      if (!EMAIL_API_URL || !EMAIL_API_KEY || !EMAIL_FROM) {
        throw missingSettings({ EMAIL_API_URL, EMAIL_API_KEY, EMAIL_FROM });
      }
      return httpEmailTransport({ endpoint: EMAIL_API_URL, apiKey: EMAIL_API_KEY, from: EMAIL_FROM });
    }
    case "send_email": {
      const { SEND_EMAIL, EMAIL_FROM } = config;
      if (!SEND_EMAIL || !EMAIL_FROM) throw missingSettings({ SEND_EMAIL, EMAIL_FROM });
      return sendEmailBindingTransport({ binding: SEND_EMAIL, from: EMAIL_FROM });
    }
    case "dev":
      // Mail that only lands in a table must never pass for delivery in production
      // (and a production build does not even contain it: KYCUONG_DEV_TOOLS, wrangler.toml).
      if (KYCUONG_DEV_TOOLS && config.ENVIRONMENT === "dev") {
        return devMailboxTransport({ db, from: config.EMAIL_FROM ?? DEV_SENDER });
      }
      throw new MisconfiguredError(["EMAIL_TRANSPORT", "ENVIRONMENT"]);
  }
}

/** Names the unset settings; the values stay out of the message. */
function missingSettings(settings: Record<string, unknown>): MisconfiguredError {
  return new MisconfiguredError(
    Object.entries(settings)
      .filter(([, value]) => !value)
      .map(([name]) => name),
  );
}
