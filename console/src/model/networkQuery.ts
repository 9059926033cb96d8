const LINK = `__typename linkType sourceAgency since`;
const NAME = `__typename id apmis { __typename name }`;

/** A nominal's associates to two hops: the gateway follows no deeper. */
export const NETWORK_QUERY = /* GraphQL */ `
  query AssociateNetwork($id: ID!) {
    nominal(id: $id) {
      ${NAME}
      associates {
        __typename
        policeLinks { ${LINK} associate { ${NAME} associates { __typename
          policeLinks { ${LINK} associate { ${NAME} } }
          prisonLinks { ${LINK} associate { ${NAME} } } } } }
        prisonLinks { ${LINK} associate { ${NAME} associates { __typename
          policeLinks { ${LINK} associate { ${NAME} } }
          prisonLinks { ${LINK} associate { ${NAME} } } } } }
      }
    }
  }
`;
