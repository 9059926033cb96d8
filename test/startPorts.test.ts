import { createServer, type Server } from 'node:net';
import {
  describePortProblems,
  findSharedPorts,
  findTakenPorts,
} from '../scripts/start/findTakenPorts';

// npm start refuses, before it starts anything, ports it cannot have (issue 17
// point 7): a second instance used to print "running" on the first one's ports.

const HOST = '127.0.0.1';

function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: HOST }, () => resolve(server));
  });
}

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('not a TCP server');
  return address.port;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('the ports npm start checks before it starts anything', () => {
  let occupied: Server;
  let takenPort: number;
  let freePort: number;

  beforeAll(async () => {
    occupied = await listen();
    takenPort = portOf(occupied);
    const released = await listen();
    freePort = portOf(released);
    await close(released);
  });
  afterAll(() => close(occupied));

  it('finds a port another program listens on, and only that one', async () => {
    const refused = await findTakenPorts(
      [
        { name: 'gateway', port: takenPort, portVariable: 'GATEWAY_PORT' },
        { name: 'police', port: freePort, portVariable: 'POLICE_PORT' },
      ],
      HOST,
    );
    expect(refused).toEqual([
      {
        claim: {
          name: 'gateway',
          port: takenPort,
          portVariable: 'GATEWAY_PORT',
        },
        code: 'EADDRINUSE',
      },
    ]);
  });

  it('leaves a free port free after checking it', async () => {
    await findTakenPorts(
      [{ name: 'police', port: freePort, portVariable: 'POLICE_PORT' }],
      HOST,
    );
    await close(await listen(freePort));
  });

  it('finds services told to share one port', () => {
    const claims = [
      { name: 'gateway', port: 4000, portVariable: 'GATEWAY_PORT' },
      { name: 'police', port: 4000, portVariable: 'POLICE_PORT' },
      { name: 'hmpps', port: 4002, portVariable: 'HMPPS_PORT' },
    ];
    expect(findSharedPorts(claims)).toEqual([claims.slice(0, 2)]);
  });

  it('says which port, which setting and which service, what to do, and that nothing started', () => {
    const message = describePortProblems(
      [
        {
          claim: { name: 'police', port: 4001, portVariable: 'POLICE_PORT' },
          code: 'EADDRINUSE',
        },
      ],
      [],
      HOST,
    );
    expect(message.split('\n')).toEqual([
      'these ports cannot be used:',
      '  port 4001 on 127.0.0.1 (POLICE_PORT, for police) is already in use',
      'Is another npm start (or another program) using it? Stop it, or set the variables named above to free ports.',
      'Nothing was started.',
    ]);
    expect(describePortProblems([], [], HOST)).toBe('');
  });

  it('names a port shared by two settings without blaming another program', () => {
    const message = describePortProblems(
      [],
      [
        [
          { name: 'gateway', port: 4000, portVariable: 'GATEWAY_PORT' },
          { name: 'police', port: 4000, portVariable: 'POLICE_PORT' },
        ],
      ],
      HOST,
    );
    expect(message).toContain(
      'GATEWAY_PORT and POLICE_PORT are both 4000: give each service its own port',
    );
    expect(message).not.toContain('another npm start');
  });
});
