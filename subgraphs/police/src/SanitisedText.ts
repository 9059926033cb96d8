/**
 * Free text that travels with the sanitised summary its originator wrote for it.
 * The shared enforcement hands a SUMMARY summariser only the field's value, so
 * the value carries both forms: GraphQL serialises a String from `valueOf()`
 * (the full text, released only at FULL), and the summariser reads `summary`.
 */
export class SanitisedText {
  readonly #full: string;
  readonly summary: string;

  constructor(full: string, summary: string) {
    this.#full = full;
    this.summary = summary;
  }

  valueOf(): string {
    return this.#full;
  }

  toString(): string {
    return this.#full;
  }

  toJSON(): string {
    return this.#full;
  }
}
