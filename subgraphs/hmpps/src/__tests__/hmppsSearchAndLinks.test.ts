import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
} from '@marsoc/platform/testing';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { findNominal, openTestRepository } from './fixtures';
import { hmppsService } from '../hmppsService';

const WELL_KNOWN = findNominal(
  (nominal) => nominal.id === WELL_KNOWN_NOMINAL_ID,
);

const MATCHES = `query Matches($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on NominalSearch { hmppsMatches { nominalId score matchedOn } }
  }
}`;

const LINKS = `query Links($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on AssociateNetwork {
      nominalId
      prisonLinks { associate { id } linkType sourceAgency since lastContact establishment }
    }
  }
}`;

/** The search entity as the gateway sends it, with APMIS's canonical criteria. */
function search(identifier: string | null, name: string | null = null) {
  return {
    representations: [
      {
        __typename: 'NominalSearch',
        criteria: JSON.stringify({
          name,
          dateOfBirth: null,
          identifier,
          limit: 20,
        }),
      },
    ],
  };
}

function networkOf(...ids: string[]) {
  return {
    representations: ids.map((nominalId) => ({
      __typename: 'AssociateNetwork',
      nominalId,
    })),
  };
}

let repository: HmppsRepository;
beforeAll(async () => {
  repository = await openTestRepository();
});
afterAll(() => repository.close());

describe("HMPPS's part of a cross-agency search", () => {
  const matchesOf = async (
    representations: ReturnType<typeof search>,
    server = createSubgraphTestServer(hmppsService, { repository }),
  ) => {
    const result = await server.execute(MATCHES, representations);
    return {
      errors: result.errors,
      matches: (result.data?._entities as { hmppsMatches: unknown }[])[0]
        ?.hmppsMatches,
    };
  };

  it('finds the holder of a prison number or a CRN', async () => {
    expect(await matchesOf(search(WELL_KNOWN.prisonNumber))).toEqual({
      errors: undefined,
      matches: [
        {
          nominalId: WELL_KNOWN_NOMINAL_ID,
          score: 1,
          matchedOn: ['PRISON_NUMBER'],
        },
      ],
    });
    expect((await matchesOf(search(WELL_KNOWN.crn))).matches).toEqual([
      { nominalId: WELL_KNOWN_NOMINAL_ID, score: 1, matchedOn: ['CRN'] },
    ]);
  });

  it('matches nothing by name or date of birth (HMPPS holds neither), nor by another agency’s reference', async () => {
    expect((await matchesOf(search(null, 'florian mudlark'))).matches).toEqual(
      [],
    );
    expect((await matchesOf(search(WELL_KNOWN.pncId))).matches).toEqual([]);
    expect((await matchesOf(search('NCA/60794'))).matches).toEqual([]);
  });

  it('keeps a CRN match only for a caller who may learn HMPPS holds a probation case', async () => {
    const probationHidden = createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'PROBATION' ? 'NCND' : 'FULL',
      ),
    });
    expect(
      (await matchesOf(search(WELL_KNOWN.crn), probationHidden)).matches,
    ).toEqual([]);
    expect(
      (await matchesOf(search(WELL_KNOWN.prisonNumber), probationHidden))
        .matches,
    ).toHaveLength(1);
  });

  it('withholds the matches as custody, and under NCND answers as for an unknown reference', async () => {
    const withheld = await matchesOf(
      search(WELL_KNOWN.prisonNumber),
      createSubgraphTestServer(hmppsService, {
        repository,
        policy: createFixedPolicy(() => 'WITHHELD'),
      }),
    );
    expect(withheld.matches).toBeNull();
    expect(withheld.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'HMPPS',
      category: 'CUSTODY',
    });
    const ncnd = createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy(() => 'NCND'),
    });
    expect(await matchesOf(search(WELL_KNOWN.prisonNumber), ncnd)).toEqual(
      await matchesOf(search('Z9999ZZ'), ncnd),
    );
  });
});

describe("HMPPS's associate links", () => {
  it('links NOM-00001 to two visitors and two PIN contacts who are nominals, at HMP Altcourse', async () => {
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(LINKS, networkOf(WELL_KNOWN_NOMINAL_ID, 'NOM-99999'));
    expect(result.errors).toBeUndefined();
    const [known, unknown] = result.data?._entities as {
      prisonLinks: { linkType: string; establishment: string }[];
    }[];
    expect(known?.prisonLinks.map((link) => link.linkType).sort()).toEqual([
      'PHONE_CONTACT',
      'PHONE_CONTACT',
      'VISIT',
      'VISIT',
    ]);
    expect(
      known?.prisonLinks.every(
        (link) => link.establishment === 'HMP Altcourse',
      ),
    ).toBe(true);
    expect(unknown?.prisonLinks).toEqual([]);
  });

  it('gives only people held in prison now links, never to themselves', async () => {
    const ids = Array.from(
      { length: 400 },
      (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
    );
    const links = await repository.findAssociateLinksByNominalIds(ids);
    const held = new Set(
      (await repository.findCustodyByNominalIds(ids))
        .filter((custody) =>
          ['IN_CUSTODY', 'RECALLED', 'REMAND'].includes(custody.status),
        )
        .map((custody) => custody.nominalId),
    );
    expect(links.length).toBeGreaterThan(20);
    expect(links.every((link) => held.has(link.nominalId))).toBe(true);
    expect(links.every((link) => link.associateId !== link.nominalId)).toBe(
      true,
    );
    expect(links.every((link) => link.since <= link.lastContact)).toBe(true);
  });
});
