/**
 * An address that is not an A1 cell or range where code needs one (a plan step's address, a
 * highlighted cell): a programming mistake, since the core only makes addresses with a1.ts.
 */
export class AddressError extends Error {
  readonly code = "not-an-address";
  constructor(readonly address: string) {
    super(`Not an A1 address: ${address}`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "AddressError";
  }
}
