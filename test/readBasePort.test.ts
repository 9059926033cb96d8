import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBasePort } from './e2e/readBasePort';
import { readEphemeralPorts } from './e2e/readEphemeralPorts';

// A test server on a port the kernel also hands to outgoing connections
// fails now and then when a client (Redis, PostgreSQL, another test) holds
// it: an override that reaches there is refused before anything starts.
const VARIABLE = 'READ_BASE_PORT_UNDER_TEST';

function readWith(value: string, span: number): number {
  process.env[VARIABLE] = value;
  try {
    return readBasePort(VARIABLE, 14_000, span);
  } finally {
    delete process.env[VARIABLE];
  }
}

describe('readBasePort', () => {
  const ephemeral = readEphemeralPorts();

  it('refuses a base port inside the kernel ephemeral range, naming the variable', () => {
    expect(() => readWith(String(ephemeral.first + 100), 6)).toThrow(
      `${VARIABLE}="${ephemeral.first + 100}": ports ${ephemeral.first + 100}-${ephemeral.first + 105} reach into the kernel's ephemeral ports ${ephemeral.first}-${ephemeral.last}`,
    );
  });

  it('refuses a range that starts below the ephemeral ports and reaches into them', () => {
    expect(() => readWith(String(ephemeral.first - 3), 6)).toThrow(
      /reach into the kernel's ephemeral ports/,
    );
  });

  it('accepts a range that ends just below the ephemeral ports', () => {
    expect(readWith(String(ephemeral.first - 6), 6)).toBe(ephemeral.first - 6);
  });

  it("still refuses a range that meets npm start's ports", () => {
    expect(() => readWith('3999', 6)).toThrow(/meet npm start's 4000-4005/);
  });

  it('takes the fallback when the variable is unset', () => {
    expect(readBasePort(VARIABLE, ephemeral.first - 6, 6)).toBe(
      ephemeral.first - 6,
    );
  });
});

describe('readEphemeralPorts', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ephemeral-ports-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('reads the range the kernel file gives', () => {
    const file = join(directory, 'ip_local_port_range');
    writeFileSync(file, '20000\t29999\n');
    expect(readEphemeralPorts(file)).toEqual({ first: 20_000, last: 29_999 });
  });

  it("falls back to Linux's defaults where there is no such file", () => {
    expect(readEphemeralPorts(join(directory, 'absent'))).toEqual({
      first: 32_768,
      last: 60_999,
    });
  });

  it('refuses a file that holds no range', () => {
    const file = join(directory, 'ip_local_port_range');
    writeFileSync(file, 'none\n');
    expect(() => readEphemeralPorts(file)).toThrow(/not a port range/);
  });
});
