import { type RequestPurpose } from '@marsoc/schema';
import { PURPOSE_HEADER, REQUEST_ID_HEADER } from '@marsoc/schema/wire';
import { callerOf, purposeOf } from '../helpers/personas';
import {
  exportHeaders,
  type ProfileHarness,
  startProfileHarness,
} from './profileHarness';

const PURPOSE: RequestPurpose = purposeOf(
  'COHORT_MANAGEMENT',
  'Subject Profile for the cohort panel pack',
);

function errorCodeOf(body: Buffer): unknown {
  const parsed = JSON.parse(body.toString('utf8')) as {
    errors: { extensions: { code: string } }[];
  };
  return parsed.errors[0]?.extensions.code;
}

describe('a Subject Profile export is an audited onward disclosure, refused when it cannot be audited or asked for properly', () => {
  let harness: ProfileHarness;
  let token: string;

  beforeAll(async () => {
    harness = await startProfileHarness();
    token = await harness.token('police-analyst');
  }, 120_000);
  afterAll(() => harness.stop());
  afterEach(() => {
    harness.gatewaySink.failing = false;
    harness.exportSink.failing = false;
    harness.ownerSink.failing = false;
  });

  it('records the export at the gateway as a DISCLOSURE with the format, nominal, caller, purpose, request id and categories by owner, and every owner records its part under the same request and format (DPA 2018 s.62)', async () => {
    const response = await harness.get(
      '/profiles/NOM-00001.docx',
      exportHeaders(token, PURPOSE),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const requestId = response.headers.get(REQUEST_ID_HEADER);
    const exported = harness.exportSink.records.filter(
      (record) => record.requestId === requestId,
    );
    expect(exported).toHaveLength(1);
    const [record] = exported;
    const caller = callerOf('police-analyst');
    expect(record).toMatchObject({
      service: 'gateway',
      processing: 'DISCLOSURE',
      operationName: 'SubjectProfileExportDocx',
      nominalIds: ['NOM-00001'],
      purpose: PURPOSE.purpose,
      justification: PURPOSE.justification,
      actor: { sub: caller.sub, agency: caller.agency, unit: caller.unit },
    });
    const released = (record?.disclosures ?? [])
      .filter((disclosure) => disclosure.released.length > 0)
      .map((disclosure) => `${disclosure.owner}/${disclosure.category}`);
    expect(released).toEqual(
      expect.arrayContaining(['POLICE/IDENTITY', 'HMPPS/CUSTODY']),
    );
    // Names and counts only: the subject's name is in the document, never in the log.
    expect(JSON.stringify(harness.exportSink.records)).not.toMatch(/MUDLARK/i);
    const combination = harness.gatewaySink.records.filter(
      (entry) => entry.requestId === requestId,
    );
    expect(
      combination.map((entry) => [entry.processing, entry.operationName]),
    ).toEqual([['COMBINATION', 'SubjectProfileExportDocx']]);
    const owners = harness.ownerSink.records.filter(
      (entry) => entry.requestId === requestId,
    );
    expect(new Set(owners.map((entry) => entry.service))).toEqual(
      new Set(['police', 'hmpps', 'ncahmrc', 'apmis']),
    );
    for (const owner of owners) {
      expect(owner.operationName).toMatch(/^SubjectProfileExportDocx/);
    }
  });

  it.each([
    ['its own export record', 'exportSink'],
    ["the gateway's combination record", 'gatewaySink'],
    ["an owner's record", 'ownerSink'],
  ] as const)(
    'answers 503 and no document when %s cannot be written',
    async (_, sink) => {
      harness[sink].failing = true;
      const before = harness.exportSink.records.length;
      const response = await harness.get(
        '/profiles/NOM-00001.pdf',
        exportHeaders(token, PURPOSE),
      );
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(
        /^application\/json/,
      );
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(response.body.includes('%PDF')).toBe(false);
      expect(errorCodeOf(response.body)).toBe('AUDIT_UNAVAILABLE');
      expect(harness.exportSink.records).toHaveLength(before);
    },
  );

  it.each([
    ['no token', '/profiles/NOM-00001.pdf', {}, 401, 'UNAUTHENTICATED'],
    [
      'a forged token',
      '/profiles/NOM-00001.pdf',
      { authorization: 'Bearer a.b.c' },
      401,
      'UNAUTHENTICATED',
    ],
    [
      'an id of the wrong shape',
      '/profiles/nom-1.pdf',
      null,
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a path outside the profiles',
      '/profiles/..%2F..%2Fetc%2Fpasswd.pdf',
      null,
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown format',
      '/profiles/NOM-00001.txt',
      null,
      400,
      'BAD_USER_INPUT',
    ],
    ['no format', '/profiles/NOM-00001', null, 400, 'BAD_USER_INPUT'],
    [
      'no purpose',
      '/profiles/NOM-00001.pdf',
      'no-purpose',
      400,
      'PURPOSE_REQUIRED',
    ],
    [
      'a purpose without justification',
      '/profiles/NOM-00001.pdf',
      'no-justification',
      400,
      'PURPOSE_REQUIRED',
    ],
    [
      'an unknown purpose',
      '/profiles/NOM-00001.pdf',
      'bad-purpose',
      400,
      'PURPOSE_REQUIRED',
    ],
    [
      'a nominal nobody holds',
      '/profiles/NOM-99999.pdf',
      null,
      404,
      'NOT_FOUND',
    ],
  ] as const)(
    'refuses %s with a JSON error and produces nothing',
    async (_, path, headers, status, code) => {
      const full = exportHeaders(token, PURPOSE);
      const sent =
        headers === null
          ? full
          : headers === 'no-purpose'
            ? { authorization: full.authorization }
            : headers === 'no-justification'
              ? {
                  authorization: full.authorization,
                  [PURPOSE_HEADER]: PURPOSE.purpose,
                }
              : headers === 'bad-purpose'
                ? { ...full, [PURPOSE_HEADER]: 'CURIOSITY' }
                : headers;
      const before = harness.exportSink.records.length;
      const response = await harness.get(path, sent);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(
        /^application\/json/,
      );
      expect(errorCodeOf(response.body)).toBe(code);
      expect(harness.exportSink.records).toHaveLength(before);
    },
  );

  it('accepts only GET', async () => {
    const response = await harness.get(
      '/profiles/NOM-00001.pdf',
      exportHeaders(token, PURPOSE),
      'POST',
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});
