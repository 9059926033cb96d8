import { type FuzzCase, gatewayOperation } from '../FuzzCase';

const WIDTHS = [100, 1000, 3000, 10_000] as const;

function repeat(count: number, make: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => make(index)).join(' ');
}

/** Documents that are wide rather than deep: fields, aliases, arguments, roots. */
export function createWidthCases(token: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const send = (family: string, query: string): void => {
    cases.push(gatewayOperation(`wide/${family}`, token, { query }));
  };
  for (const width of WIDTHS) {
    send('repeated-field', `{ me { ${repeat(width, () => 'sub')} } }`);
    send('aliases', `{ ${repeat(width, (i) => `a${i}: me { sub }`)} }`);
    send(
      'aliased-nominals',
      `{ ${repeat(width, (i) => `n${i}: nominal(id: "NOM-${String(i % 50).padStart(5, '0')}") { id apmis { name } }`)} }`,
    );
    send(
      'aliased-lookups',
      `{ ${repeat(width, (i) => `p${i}: nominalByPncId(pncId: "2001/${i}X") { id }`)} }`,
    );
    send(
      'arguments',
      `{ nominal(${repeat(width, (i) => `a${i}: ${i}`)}) { id } }`,
    );
    send(
      'repeated-argument',
      `{ nominal(${repeat(width, () => 'id: "NOM-00001"')}) { id } }`,
    );
    send('typename', `{ ${repeat(width, () => '__typename')} }`);
    send(
      'variables',
      `query (${repeat(width, (i) => `$v${i}: Int`)}) { me { sub } }`,
    );
    send(
      'list-value',
      `{ nominals(ids: [${repeat(width, (i) => `"NOM-${String(i % 99_999).padStart(5, '0')}"`)}]) { id } }`,
    );
    send(
      'operations',
      repeat(Math.min(width, 3000), (i) => `query Q${i} { me { sub } }`),
    );
    send(
      'fragments',
      `{ ...F0 } ${repeat(Math.min(width, 3000), (i) => `fragment F${i} on Query { me { sub } }`)}`,
    );
  }
  send(
    'nominals-many-ids',
    `{ nominals(ids: [${repeat(5000, () => '"NOM-00001"')}]) { id apmis { name } } }`,
  );
  send(
    'cohort-wide',
    `{ ${repeat(200, (i) => `c${i}: cohort { id apmis { name } }`)} }`,
  );
  return cases;
}
