import { describeGeneratedSuite } from './describeGeneratedSuite';
import {
  generateOwnerRequestCase,
  loadOwnerHoldings,
} from './ownerRequestCases';
import { generateRequestCase } from './requestCases';

// Disclosure requests in the generated no-leak suite (issue 12 point 3): a
// request for an NCND category, or for what the owner does not hold, answers
// alike whatever is held, for every caller the suite draws; and a request to
// the police, HMPPS or MARSOC that the caller is refused whatever is held
// answers alike for a nominal the owner holds it of and a made-up id.
// Read before the suite's own set-up, so its generator draws synchronously.
beforeAll(() => loadOwnerHoldings());

describeGeneratedSuite('disclosure requests', {
  name: 'disclosureRequests',
  seed: 'no-leak-requests',
  cases: 400,
  generators: [
    [generateRequestCase, 1],
    [generateOwnerRequestCase, 1],
  ],
  alsoExpect: (report) => {
    expect(report.withHiddenDifference).toBeGreaterThan(0);
    const owners = [...report.byKind.keys()].map((kind) => kind.split(' ')[0]);
    expect(new Set(owners)).toEqual(
      new Set([
        'requestDisclosure',
        'requestPoliceDisclosure',
        'requestHmppsDisclosure',
        'requestMarsocDisclosure',
      ]),
    );
  },
});
