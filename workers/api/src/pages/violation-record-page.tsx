import type { PrintableViolationRecord } from "@kycuong/domain/violations";
import type { FC } from "hono/jsx";

const decisionsVi: Record<string, string> = {
  no_action: "Không xử lý",
  reminder: "Nhắc nhở",
  reprimand: "Khiển trách",
  warning: "Cảnh cáo",
  salary_step_down: "Hạ bậc lương",
  demotion: "Giáng chức",
  dismissal_from_post: "Cách chức",
  forced_resignation: "Buộc thôi việc",
  removal_from_office: "Bãi nhiệm",
};

function localParts(iso: string, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return parts as Record<"year" | "month" | "day" | "hour" | "minute", string>;
}

/**
 * A violation record (biên bản vi phạm) in the usual administrative layout:
 * the national motto, place and date, the parties, the content, witnesses,
 * the signatures block; the sealed hash and version in small print. No script.
 */
const ViolationRecordPage: FC<PrintableViolationRecord & { timeZone: string }> = ({
  record,
  typeName,
  teamName,
  issuerName,
  timeZone,
}) => {
  const at = localParts(record.occurredAt, timeZone);
  const sealed = record.versions.find((v) => v.version === record.version);
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="referrer" content="no-referrer" />
        <title>Biên bản vi phạm</title>
        <style>{styles}</style>
      </head>
      <body>
        <table class="heading">
          <tr>
            <td>
              <strong>{(teamName ?? "Đoàn kiểm tra").toUpperCase()}</strong>
              {record.number ? <p>Số: {record.number}</p> : null}
              {record.status === "draft" ? <p class="draft">BẢN NHÁP · DRAFT</p> : null}
            </td>
            <td>
              <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
              <br />
              <strong class="motto">Độc lập - Tự do - Hạnh phúc</strong>
            </td>
          </tr>
        </table>
        <h1>BIÊN BẢN VI PHẠM</h1>
        <p class="center">Về việc: {typeName}</p>
        <p>
          Hồi {at.hour} giờ {at.minute} phút, ngày {at.day} tháng {at.month} năm {at.year}, tại {record.place}.
        </p>
        <h2>I. Thành phần</h2>
        <p>
          Đại diện đoàn kiểm tra: {teamName ?? "—"}
          {issuerName ? `; người lập biên bản: ${issuerName}` : ""}.
        </p>
        <p>Cán bộ, công chức, viên chức vi phạm:</p>
        <ol>
          {record.officials.map((o) => (
            <li>
              Ông/Bà <strong>{o.fullName}</strong>
              {o.position ? `, ${o.position}` : ""}, {o.unit.name}
              {o.decision ? ` (đã quyết định: ${decisionsVi[o.decision]})` : ""}
            </li>
          ))}
        </ol>
        <h2>II. Nội dung vi phạm</h2>
        <p class="content">{record.description}</p>
        <h2>III. Người chứng kiến</h2>
        {record.witnesses.length > 0 ? (
          <ol>
            {record.witnesses.map((w) => (
              <li>{w}</li>
            ))}
          </ol>
        ) : (
          <p>Không có.</p>
        )}
        <h2>IV. Chữ ký</h2>
        <table class="signatures">
          <tr>
            {record.officials.map((o) => (
              <td>
                <strong>Người vi phạm</strong>
                <br />
                <em>(Ký, ghi rõ họ tên)</em>
                <p class="sign">{o.signature === "signed" ? "Đã ký" : o.signature === "refused" ? "Từ chối ký" : ""}</p>
                {o.signature === "refused" && o.refusalWitnessedBy ? (
                  <p class="small">Người chứng kiến việc từ chối: {o.refusalWitnessedBy}</p>
                ) : null}
                <strong>{o.fullName}</strong>
              </td>
            ))}
            <td>
              <strong>Người lập biên bản</strong>
              <br />
              <em>(Ký, ghi rõ họ tên)</em>
              <p class="sign" />
              <strong>{issuerName ?? ""}</strong>
            </td>
          </tr>
        </table>
        <p class="small">
          Phiên bản {record.version} · SHA-256: {record.contentHash ?? "chưa ban hành (not issued)"}
        </p>
        {sealed?.sealSignature ? (
          <p class="small">
            Chữ ký niêm phong ES256 (khóa {sealed.sealKid}): {sealed.sealSignature}. Kiểm tra bằng khóa công khai tại
            /.well-known/seal-keys.json.
          </p>
        ) : null}
      </body>
    </html>
  );
};

export function violationRecordHtml(printable: PrintableViolationRecord, timeZone: string): string {
  return `<!DOCTYPE html>${(<ViolationRecordPage {...printable} timeZone={timeZone} />).toString()}`;
}

const styles = `
body{font-family:"Times New Roman",Times,serif;font-size:13pt;max-width:48rem;margin:1.5rem auto;padding:0 1rem;color:#000;line-height:1.45}
table.heading{width:100%;text-align:center}
table.heading td{vertical-align:top;width:50%}
.motto{text-decoration:underline}
h1{text-align:center;font-size:15pt;margin:1.5rem 0 .25rem}
h2{font-size:13pt;margin:1rem 0 .25rem}
.center{text-align:center;margin-top:0}
.content{white-space:pre-wrap}
table.signatures{width:100%;margin-top:1rem;text-align:center}
table.signatures td{vertical-align:top}
.sign{min-height:4rem}
.small{font-size:9pt;color:#333;word-break:break-all}
.draft{color:#a40e0e}
@media print{body{margin:0}}
`;
