import { createServer } from 'node:net';
import { GraphQLError } from 'graphql';
import { SubgraphDataSource } from '../SubgraphDataSource';

/** A port nothing listens on: bound, then released. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null)
    throw new Error('no port');
  return address.port;
}

describe('the connection to an agency subgraph', () => {
  it('turns a refused connection into UPSTREAM_UNAVAILABLE naming the subgraph and nothing else', async () => {
    const port = await findClosedPort();
    const source = new SubgraphDataSource(
      'hmpps',
      `http://127.0.0.1:${port}/graphql`,
      () => Promise.resolve('context'),
    );
    const failure = await source
      .process({
        kind: 'health check',
        request: {
          query: '{ __typename }',
          http: {
            method: 'POST',
            url: `http://127.0.0.1:${port}/graphql`,
            headers: new Map() as never,
          },
        },
        context: {},
      } as never)
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      subgraph: 'hmpps',
    });
    expect((failure as GraphQLError).message).not.toContain(String(port));
  });
});
