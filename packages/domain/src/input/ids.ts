import { z } from "zod";

/** A row's id, as the API hands them out (UUIDv7, see ../ids.ts). */
export const Id = z.uuid({ error: "Phải là một id (UUID) · Must be an id (a UUID)" });

/** A tenant's slug in URLs: lowercase letters, digits and hyphens, 2–63 characters. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const Slug = z
  .string()
  .regex(SLUG_PATTERN, "Chữ thường, số, dấu gạch ngang · Lowercase letters, digits, hyphens");

/** A stable machine code (a report category's, a checklist item's): lowercase a–z and `_`. */
export function snakeCode(min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(
      new RegExp(`^[a-z_]{${min},${max}}$`),
      `Mã gồm chữ thường a–z và _, ${min}–${max} ký tự · Lowercase a–z and _, ${min}–${max} characters`,
    );
}
