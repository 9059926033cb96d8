import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createSubgraphTestServer,
  loadRegisterRules,
  representationsOf,
  TEST_CALLER,
} from '@marsoc/platform/testing';
import { type Caller } from '@marsoc/schema';
import { loadRegister } from '@marsoc/schema/register';
import { openPoliceRepository } from '../repository/openPoliceRepository';
import {
  type PoliceIntelligenceReportRow,
  type PoliceRepository,
} from '../repository/PoliceRepository';
import { policeService } from '../policeService';
import { PICTURE_QUERY } from './fixtures';

const register = loadRegister();
const rules = loadRegisterRules(register);

let repository: PoliceRepository;
let storedReports: PoliceIntelligenceReportRow[];

beforeAll(async () => {
  repository = await openPoliceRepository({
    dataDirectory: ':memory:',
    seed: 'register-test',
    size: 150,
  });
  storedReports = await repository.findIntelligenceReportsByNominalIds([
    WELL_KNOWN_NOMINAL_ID,
  ]);
});

afterAll(() => repository.close());

describe('the police schema against the sharing register', () => {
  it('marks every field with a category the register lets POLICE own, but the shared request records (MARSOC)', () => {
    const server = createSubgraphTestServer(policeService, {
      repository,
      ...rules,
    });
    const notOwned = server.markedFields.filter(
      (field) =>
        !isSharedRequestRecord(field.marking) &&
        (field.marking.owner !== 'POLICE' ||
          !(
            register.categories.get(field.marking.category)?.owners ?? []
          ).includes('POLICE')),
    );
    expect(notOwned.map((field) => field.coordinate)).toEqual([]);
  });
});

/**
 * The disclosure desk's request records and figures are MARSOC's record of the
 * sharing process (docs/policy-model.md#disclosure-requests), served here for
 * requests to the police, as by every owner's subgraph.
 */
function isSharedRequestRecord(marking: {
  owner: string;
  category: string;
}): boolean {
  return (
    marking.owner === 'MARSOC' &&
    ['DISCLOSURE_REQUESTS', 'AGGREGATES'].includes(marking.category)
  );
}

describe("NOM-00001's intelligence under the real register", () => {
  async function reportsSeenBy(caller: Caller): Promise<
    {
      reference: string | null;
      text: string | null;
      sourceDetails: string | null;
    }[]
  > {
    const server = createSubgraphTestServer(policeService, {
      repository,
      policy: rules.policy,
      caller,
    });
    const result = await server.execute(
      PICTURE_QUERY,
      representationsOf(WELL_KNOWN_NOMINAL_ID),
    );
    const [entity] = result.data?._entities as {
      police: { intelligenceReports: never[] } | null;
    }[];
    return entity?.police?.intelligenceReports ?? [];
  }

  const stored = () => storedReports;
  const awaitingHmppsConsent = () =>
    stored().find(
      (report) =>
        report.originatorAgency === 'HMPPS' &&
        report.handlingConditions.some(
          (condition) => condition.kind === 'ORIGINATOR_CONSENT_REQUIRED',
        ) &&
        report.consentedAgencies.length === 0,
    );

  it('keeps prison intelligence awaiting HMPPS consent from a police analyst, without a gap in the list', async () => {
    const awaitingConsent = awaitingHmppsConsent();
    const seen = await reportsSeenBy(TEST_CALLER);
    expect(awaitingConsent).toBeDefined();
    expect(seen.map((report) => report.reference)).not.toContain(
      awaitingConsent?.reference,
    );
    expect(seen.length).toBe(stored().length - 1);
  });

  it('gives the HMPPS originator its own consent-required report in full', async () => {
    const prisonIntelligence: Caller = {
      ...TEST_CALLER,
      sub: 'prison-intel',
      agency: 'HMPPS',
      unit: 'HMPPS RIU North West',
    };
    const awaitingConsent = awaitingHmppsConsent();
    const seen = await reportsSeenBy(prisonIntelligence);
    expect(seen).toContainEqual(
      expect.objectContaining({ text: awaitingConsent?.text }),
    );
  });

  it('hides a SECRET report from a caller vetted only to OFFICIAL-SENSITIVE', async () => {
    const secret = stored().find(
      (report) => report.classification === 'SECRET',
    );
    const seen = await reportsSeenBy({ ...TEST_CALLER, vetting: 'NPPV2' });
    expect(secret).toBeDefined();
    expect(seen.map((report) => report.reference)).not.toContain(
      secret?.reference,
    );
  });

  it('gives HMPPS only the sanitised summary of a police report whose source must be sanitised', async () => {
    const prisonIntelligence: Caller = {
      ...TEST_CALLER,
      sub: 'prison-intel',
      agency: 'HMPPS',
      unit: 'HMPPS RIU North West',
    };
    const sanitised = stored().find((report) =>
      report.handlingConditions.some(
        (condition) => condition.kind === 'SANITISE_SOURCE',
      ),
    );
    const seen = await reportsSeenBy(prisonIntelligence);
    expect(seen).toContainEqual(
      expect.objectContaining({
        text: sanitised?.sanitisedSummary,
        sourceDetails: null,
        reference: null,
      }),
    );
    expect(seen.map((report) => report.text)).not.toContain(sanitised?.text);
  });
});
