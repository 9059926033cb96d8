/**
 * A register file that cannot be trusted. The message names the file, the line
 * and the problem, so whoever edits the register can fix it without reading code.
 */
export class RegisterError extends Error {
  override readonly name = 'RegisterError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}
