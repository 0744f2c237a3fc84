/** A form post's text fields as strings (files and repeated fields left out). */
export function textFields(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

/**
 * `<input type=datetime-local>` sends "2026-11-27T10:30" with no zone: it is
 * the tenant's local time, so it gets the zone's offset (+07:00 in Hà Nội).
 */
export function localInputToIso(value: string, timeZone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const asUtc = Date.parse(`${value}:00Z`);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    timeZoneName: "longOffset",
  }).formatToParts(new Date(asUtc));
  const zone = parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const offset = zone === "GMT" ? "+00:00" : zone.replace("GMT", "");
  return `${value}:00${offset}`;
}

/** The report fields of a form post, shaped as the intake expects (blank fields left out). */
export function reportFromForm(values: Record<string, string>, timeZone: string): Record<string, unknown> {
  const given = (key: string) => (values[key]?.trim() ? values[key] : undefined);
  const occurredAt = given("occurredAt");
  return {
    category: values.category ?? "",
    description: values.description ?? "",
    unitId: given("unitId"),
    unitText: given("unitText"),
    officialText: given("officialText"),
    occurredAt: occurredAt ? (localInputToIso(occurredAt, timeZone) ?? occurredAt) : undefined,
    location: given("location"),
    reporterName: given("reporterName"),
    reporterPhone: given("reporterPhone"),
    reporterEmail: given("reporterEmail"),
    consentToContact: values.consentToContact === "true",
  };
}
