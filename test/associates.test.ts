import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

// Associates (issue item 7): each link from the agency that holds it, decided
// by that owner's register rules, followed to a bounded depth.

const NETWORK = `query Network($id: ID!) {
  nominal(id: $id) {
    associates {
      policeLinks { associate { id apmis { region } } linkType sourceAgency since reportReference groupReference }
      prisonLinks { associate { id } linkType sourceAgency since lastContact establishment }
    }
  }
}`;

interface Link {
  associate: { id: string; apmis?: { region: string } | null } | null;
  linkType: string;
  sourceAgency: string;
  since: string | null;
  reportReference?: string | null;
}

interface Network {
  policeLinks: Link[] | null;
  prisonLinks: Link[] | null;
}

function networkOf(result: GatewayResult): Network | null {
  return (
    (result.data as { nominal: { associates: Network | null } | null }).nominal
      ?.associates ?? null
  );
}

function withheldOf(result: GatewayResult) {
  return (result.errors ?? []).map((error) => ({
    path: (error.path ?? []).join('.'),
    code: error.extensions?.code,
    owner: error.extensions?.owner,
    category: error.extensions?.category,
    reason: error.extensions?.reason,
    held: error.extensions?.held ?? false,
  }));
}

/** `associate { associates { policeLinks { ... } } }` nested `depth` times below the nominal. */
function chainOf(depth: number): string {
  let selection = 'linkType';
  for (let level = 1; level < depth; level += 1)
    selection = `associate { associates { policeLinks { ${selection} } } }`;
  return `{ nominal(id: "${WELL_KNOWN_NOMINAL_ID}") { associates { policeLinks { ${selection} } } } }`;
}

describe('associates through the whole system', () => {
  let system: InProcessSupergraph;
  const purpose = purposeOf('INTELLIGENCE_DEVELOPMENT');
  const ask = (persona: string, id = WELL_KNOWN_NOMINAL_ID) =>
    system.query(callerOf(persona), purpose, NETWORK, { id });

  beforeAll(async () => {
    system = await createInProcessSupergraph();
  }, 120_000);
  afterAll(() => system.stop());

  it("shows a police analyst NOM-00001's police and prison links, each with its source agency and type (seed 001 M51, M219)", async () => {
    const result = await ask('police-analyst');
    expect(result.errors).toBeUndefined();
    const network = networkOf(result);
    const kinds = (links: Link[] | null | undefined) =>
      (links ?? []).map((link) => `${link.sourceAgency} ${link.linkType}`);
    const police = kinds(network?.policeLinks);
    const prison = kinds(network?.prisonLinks);
    expect(
      police.filter((kind) => kind === 'POLICE INTELLIGENCE_CO_MENTION').length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      police.filter((kind) => kind === 'POLICE OCG_CO_MEMBER').length,
    ).toBeGreaterThanOrEqual(2);
    expect(prison.filter((kind) => kind === 'HMPPS VISIT')).toHaveLength(2);
    expect(
      prison.filter((kind) => kind === 'HMPPS PHONE_CONTACT'),
    ).toHaveLength(2);
    for (const link of [
      ...(network?.policeLinks ?? []),
      ...(network?.prisonLinks ?? []),
    ]) {
      expect(link.associate?.id).toMatch(/^NOM-\d{5}$/);
      expect(link.associate?.id).not.toBe(WELL_KNOWN_NOMINAL_ID);
      expect(link.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  // Police information reaches the NCA by statute (Crime and Courts Act 2013
  // s.7(1)), with no agreement (issue 16 point 3); HMPPS's contacts stay held
  // while the ISA is draft.
  it('shows the NCA the police links in full and only that HMPPS holds links, while the ISA is draft (seed 000 E565, E603; CCA 2013 s.7(1))', async () => {
    const result = await ask('nca-officer');
    const network = networkOf(result);
    expect(network?.prisonLinks).toBeNull();
    expect(network?.policeLinks?.length).toBeGreaterThan(0);
    for (const link of network?.policeLinks ?? []) {
      expect(link.sourceAgency).toBe('POLICE');
      expect(link.associate?.id).toMatch(/^NOM-\d{5}$/);
    }
    const withheld = withheldOf(result);
    expect(withheld).toContainEqual({
      path: 'nominal.associates.prisonLinks',
      code: 'WITHHELD',
      owner: 'HMPPS',
      category: 'CONTACTS',
      reason: 'AGREEMENT_NOT_SIGNED',
      held: true,
    });
    // Anything else withheld is police intelligence under its handling conditions.
    for (const entry of withheld.filter(
      (each) => each.path !== 'nominal.associates.prisonLinks',
    )) {
      expect(entry).toMatchObject({
        owner: 'POLICE',
        reason: 'HANDLING_CONDITION',
      });
    }
  });

  // DWP reads no police or HMPPS record (issue 16 point 4): for a nominal put
  // to a forum in its own region the associates are withheld as a whole, with
  // no hint of whether any are held; another nominal of its region gets the
  // very same answer (one outside it answers as a made-up id,
  // test/dwpRegion.test.ts).
  it('shows DWP no links and no hint of whether any are held (docs/policy-model.md#dwp; seed 000 E496, E633-E635)', async () => {
    const linked = await ask('dwp-officer');
    expect(networkOf(linked)).toBeNull();
    expect(
      withheldOf(linked).map(({ owner, reason, held }) => ({
        owner,
        reason,
        held,
      })),
    ).toEqual([{ owner: 'POLICE', reason: 'NO_AGREEMENT', held: false }]);
    const sameRegion = 'NOM-00003';
    const other = await ask('dwp-officer', sameRegion);
    const asBytes = (result: GatewayResult, id: string) =>
      JSON.stringify({ ...result, extensions: undefined })
        .split(id)
        .join('NOMINAL');
    expect(asBytes(other, sameRegion)).toBe(
      asBytes(linked, WELL_KNOWN_NOMINAL_ID),
    );
  });

  it('drops, without a gap, a link drawn from prison intelligence awaiting HMPPS consent, which HMPPS itself sees (seed 000 E470)', async () => {
    const originator = networkOf(await ask('prison-intel'))?.policeLinks ?? [];
    const analystResult = await ask('police-analyst');
    const analyst = networkOf(analystResult)?.policeLinks ?? [];
    const seenBy = (links: Link[]) =>
      new Set(links.map((link) => link.associate?.id));
    const hidden = originator.filter(
      (link) => !seenBy(analyst).has(link.associate?.id),
    );
    // Only the originator sees links from HMPPS reports awaiting its consent:
    // the designed one names a prisoner from another region linked to
    // NOM-00001 by nothing else; the shared synthetic facts (issue 16 point 8)
    // also give a North West nominal's consent-awaiting prison report a
    // mention of NOM-00001, hidden alike.
    expect(hidden.length).toBeGreaterThanOrEqual(1);
    for (const link of hidden)
      expect(link).toMatchObject({
        linkType: 'INTELLIGENCE_CO_MENTION',
        reportReference: expect.stringMatching(/^HMPPS\/IR\//),
      });
    expect(
      hidden.some((link) => link.associate?.apmis?.region !== 'NORTH_WEST'),
    ).toBe(true);
    // No placeholder, no error, no count and no disclosure note betrays them.
    expect(analystResult.errors).toBeUndefined();
    expect(analyst.every((link) => link.associate !== null)).toBe(true);
    for (const link of hidden)
      expect(JSON.stringify(analystResult)).not.toContain(link.associate?.id);
    const disclosure = analystResult.extensions?.disclosure as {
      nominals: { agencies: { held: string[]; withheld: string[] }[] }[];
    };
    for (const agency of disclosure.nominals.flatMap((entry) => entry.agencies))
      expect([...agency.held, ...agency.withheld]).toEqual([]);
  });

  it("follows associates to an associate's own associates (depth 2)", async () => {
    const result = await system.query(
      callerOf('police-analyst'),
      purpose,
      chainOf(2),
    );
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('linkType');
  });

  it('refuses depth 3 at the gateway before any subgraph is asked, however the fields are aliased', async () => {
    const plain = await system.query(
      callerOf('police-analyst'),
      purpose,
      chainOf(3),
    );
    const aliased = await system.query(
      callerOf('police-analyst'),
      purpose,
      chainOf(3).replace(/associates \{/g, 'network: associates {'),
    );
    for (const result of [plain, aliased]) {
      // The gateway bounds the whole path, across police and HMPPS hops; the
      // police resolver's own check (BAD_USER_INPUT) stays as defence in depth.
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.message).toBe(
        '`associates` is nested 3 deep; the limit is 2.',
      );
    }
  });
});
