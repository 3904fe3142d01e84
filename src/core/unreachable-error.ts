/**
 * The default of a `switch` that its cases exhaust: reaching it is a programming mistake (a kind
 * added to a union and not handled), never a data problem. TypeScript proves it unreachable — the
 * argument is `never` — and the error names the value should plain JavaScript reach it anyway.
 */
export class UnreachableError extends Error {
  readonly code = "unreachable";
  constructor(value: never) {
    super(`Unreachable: no case for ${JSON.stringify(value)}`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "UnreachableError";
  }
}
