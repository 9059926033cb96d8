import { type Access } from '@marsoc/platform';
import { orderByRequest } from '../resolvers/orderByRequest';

function access(requestId: string, service: string, time: string): Access {
  return {
    time,
    requestId,
    service,
    actor: {
      sub: 'analyst',
      agency: 'POLICE',
      unit: 'NWROCU',
      roles: ['ANALYST'],
      vetting: 'NPPV3',
    },
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    justification: 'Subject profile',
    processing: 'DISCLOSURE',
    outcome: 'SUCCESS',
    shown: [],
  };
}

const order = (accesses: Access[]) =>
  orderByRequest(accesses).map((item) => `${item.requestId} ${item.service}`);

describe('the order an auditor reads accesses in', () => {
  it("puts the newest request first and a request's records by service, whatever order they were written in", () => {
    const early = [
      access('r1', 'police', '2026-03-01T09:00:00.002Z'),
      access('r1', 'apmis', '2026-03-01T09:00:00.001Z'),
      access('r1', 'gateway', '2026-03-01T09:00:00.009Z'),
    ];
    const late = [
      access('r2', 'apmis', '2026-03-01T10:00:00.005Z'),
      access('r2', 'gateway', '2026-03-01T10:00:00.009Z'),
      access('r2', 'police', '2026-03-01T10:00:00.001Z'),
    ];
    expect(order([...early, ...late])).toEqual([
      'r2 apmis',
      'r2 gateway',
      'r2 police',
      'r1 apmis',
      'r1 gateway',
      'r1 police',
    ]);
  });

  it('orders the same records the same way when the services answered in another order', () => {
    const one = [
      access('r1', 'police', '2026-03-01T09:00:00.001Z'),
      access('r1', 'apmis', '2026-03-01T09:00:00.002Z'),
    ];
    const other = [
      access('r1', 'police', '2026-03-01T09:00:00.002Z'),
      access('r1', 'apmis', '2026-03-01T09:00:00.001Z'),
    ];
    expect(order(one)).toEqual(order(other));
  });
});
