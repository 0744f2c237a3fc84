import { z } from "zod";

/** At least 12 characters, at most 200, and not the account's own email. */
export const Password = z.string().min(12).max(200);

export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < 12) problems.push("Tối thiểu 12 ký tự · At least 12 characters");
  if (password.length > 200) problems.push("Tối đa 200 ký tự · At most 200 characters");
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (password.toLowerCase() === email.toLowerCase() || (local.length >= 4 && password.toLowerCase() === local)) {
    problems.push("Không được trùng với email · Must not be the email address");
  }
  return problems;
}
