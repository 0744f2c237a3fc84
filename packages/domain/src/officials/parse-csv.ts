/** A CSV that breaks RFC 4180 badly enough that its rows cannot be trusted. */
export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Splits RFC 4180 CSV text into records of fields: comma separated, CRLF,
 * LF or CR line ends, fields in double quotes may hold commas, line breaks and
 * doubled quotes (`""`). A leading BOM is dropped (spreadsheets on Windows
 * write one). A final line break does not start an empty record.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let quoteOpenedOnLine = 0;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    record.push(field);
    field = "";
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === ",") {
      endField();
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
    } else if (afterQuote) {
      throw new CsvSyntaxError(
        line,
        `Dòng ${line}: có ký tự sau dấu " đóng · Line ${line}: text after a closing quote`,
      );
    } else if (char === '"') {
      if (field.length > 0) {
        throw new CsvSyntaxError(
          line,
          `Dòng ${line}: dấu " giữa ô chưa được đặt trong ngoặc kép · Line ${line}: a quote inside an unquoted field`,
        );
      }
      quoted = true;
      quoteOpenedOnLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) {
    throw new CsvSyntaxError(
      quoteOpenedOnLine,
      `Dòng ${quoteOpenedOnLine}: dấu " mở không được đóng · Line ${quoteOpenedOnLine}: a quote is never closed`,
    );
  }
  if (field.length > 0 || record.length > 0 || afterQuote) endRecord();
  return records;
}
