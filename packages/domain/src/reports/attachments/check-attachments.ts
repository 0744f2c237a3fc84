import { DomainError, type FieldError } from "../../errors";
import { type AttachmentType, sniffContentType } from "./sniff-content-type";

export const MAX_ATTACHMENTS_PER_REPORT = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface IncomingFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface CheckedFile extends IncomingFile {
  contentType: AttachmentType;
}

/**
 * Checks files before anything is stored: at most five per report in all,
 * 10 MB each, and each really a JPEG, PNG, WebP or PDF judged by its first
 * bytes. One bad file refuses them all, with an error per file.
 */
export function checkAttachments(files: IncomingFile[], alreadyAttached = 0): CheckedFile[] {
  const errors: FieldError[] = [];
  if (alreadyAttached + files.length > MAX_ATTACHMENTS_PER_REPORT) {
    errors.push({
      path: "files",
      message: `Tối đa ${MAX_ATTACHMENTS_PER_REPORT} tệp cho một phản ánh · At most ${MAX_ATTACHMENTS_PER_REPORT} files per report`,
    });
  }
  const checked = files.map((file, i) => {
    const contentType = sniffContentType(new Uint8Array(file.bytes, 0, Math.min(16, file.bytes.byteLength)));
    if (!contentType) {
      errors.push({
        path: `files.${i}`,
        message: `"${file.name}" không phải ảnh JPEG, PNG, WebP hay tệp PDF · is not a JPEG, PNG, WebP or PDF file`,
      });
    }
    if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
      errors.push({ path: `files.${i}`, message: `"${file.name}" lớn hơn 10 MB · is larger than 10 MB` });
    }
    return { ...file, contentType: contentType as AttachmentType };
  });
  if (errors.length > 0) {
    throw new DomainError(
      "attachment_rejected",
      "Tệp đính kèm không hợp lệ; chưa lưu gì · Attachments refused; nothing was stored",
      errors,
    );
  }
  return checked;
}
