import { DomainError } from "../errors";

/** The 409s of a lost race on a session or an issue (see ../guarded-write.ts). */
export function dialogueChanged(): DomainError {
  return new DomainError(
    "dialogue_changed",
    "Buổi đối thoại vừa được người khác thay đổi; hãy tải lại rồi thử lại · The dialogue session was changed by someone else meanwhile; reload it and try again",
  );
}

export function issueChanged(): DomainError {
  return new DomainError(
    "dialogue_issue_changed",
    "Vấn đề này vừa được người khác thay đổi; hãy tải lại rồi thử lại · The issue was changed by someone else meanwhile; reload it and try again",
  );
}
