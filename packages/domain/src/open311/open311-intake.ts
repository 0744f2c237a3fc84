import { localDate } from "../calendar/local-date";
import { RecordReport } from "../reports/intake/report-input";

/** The GeoReport v2 POST fields the hotline uses; the rest (api_key, device_id, media_url, attribute[…]) are ignored. */
export interface Open311RequestFields {
  service_code: string;
  description: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  email?: string;
  address_string?: string;
  lat?: string;
  long?: string;
  /** Our extension: GeoReport v2 has no consent field, and contact details alone are not consent. */
  consent_to_contact?: "true" | "false";
}

export type Open311Intake =
  | { ok: true; report: RecordReport }
  | { ok: false; errors: { field: string; message: string }[] };

/** Where a report field came from, so a refusal names the field the client sent. */
const sourceField: Record<string, string> = {
  category: "service_code",
  description: "description",
  reporterName: "first_name, last_name",
  reporterPhone: "phone",
  reporterEmail: "email",
  location: "address_string, lat, long",
};

/**
 * An Open311 request as a report, checked by the same schema as every other
 * channel. The name is written family name first (`last_name first_name`),
 * as Vietnamese names are; lat/long are kept as text beside the address,
 * since reports are about people, not map points.
 */
export function toOpen311Report(fields: Open311RequestFields): Open311Intake {
  const point = coordinates(fields.lat, fields.long);
  if (point === false) {
    return {
      ok: false,
      errors: [{ field: "lat, long", message: "Cần cả lat và long, theo WGS84 · Send both lat and long, in WGS84" }],
    };
  }
  const name = [fields.last_name, fields.first_name].map((part) => part?.trim()).filter(Boolean);
  const location = [fields.address_string?.trim(), point].filter(Boolean);
  const parsed = RecordReport.safeParse({
    category: fields.service_code,
    description: fields.description,
    ...(name.length > 0 ? { reporterName: name.join(" ") } : {}),
    ...(fields.phone ? { reporterPhone: fields.phone } : {}),
    ...(fields.email ? { reporterEmail: fields.email } : {}),
    ...(location.length > 0 ? { location: location.join(" ") } : {}),
    consentToContact: fields.consent_to_contact === "true",
  });
  if (parsed.success) return { ok: true, report: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: sourceField[String(issue.path[0])] ?? String(issue.path[0] ?? ""),
      message: issue.message,
    })),
  };
}

/** `(lat, long)` as text, undefined when neither was sent, false when only one or an impossible one was. */
function coordinates(lat: string | undefined, long: string | undefined): string | undefined | false {
  if (!lat && !long) return undefined;
  const [y, x] = [Number(lat), Number(long)];
  if (!lat || !long || !Number.isFinite(y) || !Number.isFinite(x)) return false;
  if (Math.abs(y) > 90 || Math.abs(x) > 180) return false;
  return `(${y}, ${x})`;
}

/** What the reporter is told on receipt: the deadline as a local date, and to keep the receipt. */
export function open311ServiceNotice(dueAt: string, timeZone: string): string {
  const due = localDate(new Date(dueAt), timeZone);
  return (
    `Đã ghi nhận; hạn trả lời ${due}. Giữ mã biên nhận (receipt): nó chỉ hiển thị một lần và là cách duy nhất để xem câu trả lời. · ` +
    `Received; answer due ${due}. Keep the receipt: it is shown only once and is the only way to read the answer.`
  );
}
