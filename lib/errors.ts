/** A rule of the domain was broken; the message is safe to show to the user. */
export class DomainError extends Error {
  constructor(
    message: string,
    /** Messages for individual form fields, when the problem is with one of them. */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** The caller is not signed in (401) or lacks the role (403). */
export class AuthorizationError extends Error {
  constructor(
    message: string,
    readonly status: 401 | 403,
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}
