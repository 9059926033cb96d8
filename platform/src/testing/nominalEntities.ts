/** The `_entities` query the gateway sends for nominals, selecting `selection` of each. */
export function createEntitiesQuery(selection: string): string {
  return `query Picture($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Nominal { ${selection} } }
  }`;
}

/** The variables of that query for these nominal ids, in this order. */
export function representationsOf(...ids: string[]): {
  representations: { __typename: 'Nominal'; id: string }[];
} {
  return { representations: ids.map((id) => ({ __typename: 'Nominal', id })) };
}
