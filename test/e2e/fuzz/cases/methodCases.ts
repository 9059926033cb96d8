import { authorisedHeaders, type FuzzCase } from '../FuzzCase';

const BODY = JSON.stringify({ query: '{ me { sub } }' });
const METHODS = [
  'GET',
  'PUT',
  'DELETE',
  'OPTIONS',
  'HEAD',
  'PATCH',
  'POST',
] as const;
const PATHS = [
  '/graphql',
  '/',
  '/graphql/',
  '/GRAPHQL',
  '//graphql',
  '/graphql?query=%7B%20me%20%7B%20sub%20%7D%20%7D',
  '/graphql?query={__schema{types{name}}}',
  '/graphql?operationName=x&variables=%7B',
  '/graphql%00',
  '/graphql%2f',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/../../etc/passwd',
  '/health/live',
  '/health/ready',
  '/health/ready/../../graphql',
  '/metrics',
  '/.env',
  '/console',
  '/favicon.ico',
  `/${'a'.repeat(6000)}`,
  `/graphql?${'q=1&'.repeat(1500)}`,
  '/graphql#fragment',
  '/graphql;jsessionid=x',
  '/%ZZ',
  '/\u00e9',
] as const;
const CONTENT_TYPES: readonly (string | undefined)[] = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  undefined,
  'application/json; charset=iso-8859-1',
];

function bodyFor(contentType: string | undefined): string {
  if (contentType?.startsWith('application/x-www-form-urlencoded'))
    return `query=${encodeURIComponent('{ me { sub } }')}`;
  if (contentType?.startsWith('multipart/form-data'))
    return `--fuzz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${BODY}\r\n--fuzz--\r\n`;
  return BODY;
}

/** Every method on every path with every content type: only POST JSON /graphql executes. */
export function createMethodCases(token: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const method of METHODS) {
    for (const path of PATHS) {
      for (const contentType of CONTENT_TYPES) {
        const headers = authorisedHeaders(token);
        if (contentType === undefined) delete headers['content-type'];
        else headers['content-type'] = contentType;
        const withBody = method !== 'GET' && method !== 'HEAD';
        cases.push({
          family: `method/${method} ${contentType?.split(';')[0] ?? 'none'}`,
          target: 'gateway',
          method,
          path,
          headers,
          body: withBody ? bodyFor(contentType) : undefined,
          parserMayRefuse: true,
        });
      }
    }
  }
  return cases;
}
