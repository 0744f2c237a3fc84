import { documentDate, localDate } from "@kycuong/domain/calendar";
import type { PrintableViolationRecord } from "@kycuong/domain/violations";
import type { FC } from "hono/jsx";
import { StyleSheet } from "./style-sheet";

/** Hours and minutes of an instant in the tenant's zone, two digits each. */
function localTime(iso: string, timeZone: string): { hour: string; minute: string } {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hour12: false })
    .formatToParts(new Date(iso))
    .filter((p) => p.type === "hour" || p.type === "minute");
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { hour: get("hour"), minute: get("minute") };
}

/** Counts in documents are written with two digits: "03 cán bộ", "04 bản". */
const twoDigits = (n: number) => String(n).padStart(2, "0");
/** What a blank left to fill in by hand looks like. */
const BLANK = "……";

/**
 * A violation record (biên bản vi phạm) laid out as an administrative
 * document under Decree 30/2020/NĐ-CP: the parent and issuing bodies beside
 * the national motto, the number, the place and date; the parties, the
 * content, the officials' statements, the witnesses and the closing formula;
 * one signature block per person that never splits across pages; the sealed
 * hash in small print. The number and the date are those of issue: a draft
 * prints blanks for both. A disciplinary decision is a separate act, with its
 * own number, and is not printed here (the record's console page lists it). No script.
 */
const ViolationRecordPage: FC<PrintableViolationRecord & { timeZone: string }> = (props) => {
  const { record, typeName, parentBody, place, teamName, teamLeaderName, issuerName, documentNumber, timeZone } = props;
  const issuingBody = teamName?.toUpperCase() ?? null;
  const occurred = localTime(record.occurredAt, timeZone);
  const occurredOn = documentDate(localDate(new Date(record.occurredAt), timeZone));
  const issuedOn = record.issuedAt ? documentDate(localDate(new Date(record.issuedAt), timeZone)) : null;
  const ended = record.issuedAt ? localTime(record.issuedAt, timeZone) : { hour: BLANK, minute: BLANK };
  const team = teamName ?? parentBody;
  const refused = record.officials.filter((o) => o.signature === "refused");
  const sealed = record.versions.find((v) => v.version === record.version);
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{documentNumber ? `Biên bản vi phạm số ${documentNumber}` : "Biên bản vi phạm"}</title>
        {/* Raw: JSX would escape the quotes in font names and `list-style-type`, and the browser would drop those rules. A constant, no input. */}
        <StyleSheet css={styles} />
      </head>
      <body>
        <header class="heading">
          <div class="issuer">
            {issuingBody ? <p class="parent-body">{parentBody}</p> : null}
            <p class="issuing-body">
              <strong>{issuingBody ?? parentBody}</strong>
            </p>
            <p class="number">Số: {documentNumber ?? `${BLANK}/BB`}</p>
          </div>
          <div class="national">
            <p>
              <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
            </p>
            <p>
              <strong class="motto">Độc lập - Tự do - Hạnh phúc</strong>
            </p>
            <p class="date-line">
              <em>
                {place}, {issuedOn ?? `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`}
              </em>
            </p>
          </div>
        </header>
        {record.status === "draft" ? <p class="draft">BẢN NHÁP, CHƯA BAN HÀNH</p> : null}
        <h1>BIÊN BẢN VI PHẠM</h1>
        <p class="subject">Về việc: {typeName}</p>
        <p>
          Hồi {occurred.hour} giờ {occurred.minute} phút, {occurredOn}, tại {record.place}.
        </p>
        <h2>I. Thành phần</h2>
        <p>1. Đại diện {team}:</p>
        <ul>
          {teamLeaderName ? <li>Ông/Bà {teamLeaderName}, Tổ trưởng;</li> : null}
          <li>Ông/Bà {issuerName ?? BLANK}, người lập biên bản.</li>
        </ul>
        <p>2. Cán bộ, công chức, viên chức vi phạm ({twoDigits(record.officials.length)} người):</p>
        <ul>
          {record.officials.map((o) => (
            <li>
              Ông/Bà <strong>{o.fullName}</strong>
              {o.position ? `, ${o.position}` : ""}, {o.unit.name}.
            </li>
          ))}
        </ul>
        <p>3. Người chứng kiến:{record.witnesses.length === 0 ? " không có." : ""}</p>
        {record.witnesses.length > 0 ? (
          <ul>
            {record.witnesses.map((w) => (
              <li>Ông/Bà {w}.</li>
            ))}
          </ul>
        ) : null}
        <h2>II. Nội dung vi phạm</h2>
        <p class="content">{record.description}</p>
        <h2>III. Ý kiến trình bày của người vi phạm</h2>
        {record.officials.map((o) => (
          <div class="statement">
            <p>Ông/Bà {o.fullName}:</p>
            <p class="write-in" />
            <p class="write-in" />
          </div>
        ))}
        <h2>IV. Kết thúc</h2>
        <p class="closing">
          Biên bản kết thúc vào hồi {ended.hour} giờ {ended.minute} phút cùng ngày, đã được đọc lại cho những người có
          mặt cùng nghe, công nhận đúng và cùng ký tên dưới đây. Biên bản được lập thành{" "}
          {twoDigits(record.officials.length + 1)} bản có giá trị như nhau: mỗi người vi phạm giữ 01 bản, 01 bản lưu tại{" "}
          {team}.
          {refused.map((o) => (
            <>
              {" "}
              Ông/Bà {o.fullName} từ chối ký biên bản
              {o.refusalWitnessedBy ? `, có sự chứng kiến của ${o.refusalWitnessedBy}` : ""}.
            </>
          ))}
        </p>
        <section class="signatures" aria-label="Chữ ký">
          {teamLeaderName ? <SignatureBlock title="Tổ trưởng" name={teamLeaderName} /> : null}
          <SignatureBlock title="Người lập biên bản" name={issuerName ?? ""} />
          {record.officials.map((o) => (
            <SignatureBlock
              title="Người vi phạm"
              name={o.fullName}
              refusal={
                o.signature === "refused"
                  ? `Từ chối ký${o.refusalWitnessedBy ? ` (có sự chứng kiến của ${o.refusalWitnessedBy})` : ""}`
                  : null
              }
            />
          ))}
          {record.witnesses.map((w) => (
            <SignatureBlock title="Người chứng kiến" name={w} />
          ))}
        </section>
        <footer class="seal">
          {record.contentHash ? (
            <p>
              Mã niêm phong (SHA-256) phiên bản {record.version}: {record.contentHash}
              {sealed?.sealSignature ? `; chữ ký ES256 (khóa ${sealed.sealKid}): ${sealed.sealSignature}` : ""}. Kiểm
              tra: đối chiếu với …/violations/{record.id}/verify trên hệ thống Kỷ Cương, hoặc kiểm chữ ký bằng khóa công
              khai tại /.well-known/seal-keys.json; mã khác nhau nghĩa là nội dung đã bị thay đổi.
            </p>
          ) : (
            <p>Bản nháp: chưa niêm phong, chưa có giá trị pháp lý.</p>
          )}
        </footer>
      </body>
    </html>
  );
};

const SignatureBlock: FC<{ title: string; name: string; refusal?: string | null }> = ({ title, name, refusal }) => (
  <div class="signature">
    <p>
      <strong>{title.toUpperCase()}</strong>
    </p>
    <p>
      <em>(Ký, ghi rõ họ tên)</em>
    </p>
    <p class="sign-space">{refusal ? <em>{refusal}</em> : null}</p>
    <p>
      <strong>{name}</strong>
    </p>
  </div>
);

export function violationRecordHtml(printable: PrintableViolationRecord, timeZone: string): string {
  return `<!DOCTYPE html>${(<ViolationRecordPage {...printable} timeZone={timeZone} />).toString()}`;
}

// A4 with the margins of Decree 30/2020 (Appendix I): top and bottom 20 mm, left 30 mm, right 15 mm.
const styles = `
@page{size:A4;margin:20mm 15mm 20mm 30mm}
body{font-family:"Times New Roman",Times,"Liberation Serif",serif;font-size:13pt;line-height:1.35;max-width:48rem;margin:1.5rem auto;padding:0 1rem;color:#000}
p{margin:.2rem 0}
ul{margin:.2rem 0;padding-left:1.5rem;list-style-type:"- "}
.heading{display:grid;grid-template-columns:2fr 3fr;gap:.5rem;text-align:center;font-size:12.5pt}
.heading p{margin:0}
.parent-body,.issuing-body{white-space:pre-line}
.issuing-body::after{content:"";display:block;width:35%;margin:.15rem auto 0;border-top:1px solid #000}
.number{margin-top:.4rem!important;font-size:13pt}
.motto{display:inline-block;font-size:13pt;border-bottom:1px solid #000;padding-bottom:1px}
.date-line{margin-top:.6rem!important;font-size:13pt}
h1{text-align:center;font-size:14pt;margin:1.2rem 0 0}
h2{font-size:13pt;margin:.6rem 0 .2rem;break-after:avoid}
.subject{text-align:center;font-weight:bold;margin-bottom:.6rem}
.content{white-space:pre-wrap;text-align:justify}
.closing{text-align:justify}
.write-in{border-bottom:1px dotted #000;height:1.35em}
.statement{break-inside:avoid}
.signatures{display:grid;grid-template-columns:1fr 1fr;gap:.6rem 1rem;margin-top:.8rem;text-align:center;break-inside:avoid}
.signature p{margin:0}
.sign-space{min-height:4.2rem;display:flex;align-items:center;justify-content:center;font-size:11pt}
.seal{margin-top:.6rem;font-size:8pt;line-height:1.25;color:#222;word-break:break-all}
.draft{text-align:center;color:#a40e0e;font-weight:bold;margin-top:.6rem}
@media screen and (max-width:36rem){.heading,.signatures{grid-template-columns:1fr}body{font-size:12pt}}
@media print{body{max-width:none;margin:0;padding:0}}
`;
