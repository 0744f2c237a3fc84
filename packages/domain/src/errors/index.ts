export { DomainError, type DomainErrorKind, notFound } from "../errors";
