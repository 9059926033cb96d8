import { parse, print } from 'graphql';
import { assembleSubgraphSdl } from '../markingDirective';

/** The root fields and types an assembled SDL declares, by name. */
function declaredNames(sdl: string): string[] {
  return parse(sdl).definitions.flatMap((definition) => {
    if (!('name' in definition) || definition.name === undefined) return [];
    const fields =
      'fields' in definition && definition.fields !== undefined
        ? definition.fields.map(
            (field) => `${definition.name!.value}.${field.name.value}`,
          )
        : [];
    return [definition.name.value, ...fields];
  });
}

describe('assembleSubgraphSdl', () => {
  it("puts an owner's desk in place of its # @shared line, named for that owner", () => {
    const names = declaredNames(
      assembleSubgraphSdl(
        'type Query {\n  ok: Boolean\n}\n# @shared OWNER_DESK_SDL(HMPPS): the desk\n',
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Query.hmppsDisclosureGrants',
        'Mutation.recordHmppsDisclosureGrant',
        'Mutation.decideHmppsDisclosureRequest',
        'HmppsDisclosureGrantInput',
        'HmppsDisclosureGrant.level',
      ]),
    );
    expect(names.some((name) => /police|marsoc/i.test(name))).toBe(false);
  });

  it('marks every field of a grant for its own owner only', () => {
    const sdl = print(
      parse(
        assembleSubgraphSdl(
          'type Query {\n  ok: Boolean\n}\n# @shared OWNER_DESK_SDL(MARSOC)\n',
        ),
      ),
    );
    const grantType = sdl.slice(sdl.indexOf('type MarsocDisclosureGrant'));
    const owners = [...grantType.matchAll(/owner: "([A-Z]+)"/g)].map(
      (match) => match[1],
    );
    expect(owners.length).toBe(16);
    expect(new Set(owners)).toEqual(new Set(['MARSOC']));
    expect(sdl).toContain('extend type Mutation');
    expect(sdl).toContain('The nominal (NOM-...) APMIS holds a record of.');
  });

  it('refuses a shared name or an owner it does not know', () => {
    expect(() => assembleSubgraphSdl('# @shared NO_SUCH_SDL\n')).toThrow(
      'schema.graphql names no shared SDL called NO_SUCH_SDL',
    );
    expect(() =>
      assembleSubgraphSdl('# @shared OWNER_DESK_SDL(DWP)\n'),
    ).toThrow("OWNER_DESK_SDL names no owner's desk called DWP");
    expect(() => assembleSubgraphSdl('# @shared OWNER_DESK_SDL\n')).toThrow(
      'OWNER_DESK_SDL needs an owner, e.g. OWNER_DESK_SDL(HMPPS)',
    );
  });
});
