/**
 * Everything `accessesTo` can answer, so a test comparing two answers (the
 * audit's own, the whole system's, the generated no-leak suite's) misses
 * nothing an auditor is shown.
 */
export const ACCESSES_QUERY = `query AccessesTo($nominalId: ID!, $limit: Int) {
  accessesTo(nominalId: $nominalId, limit: $limit) {
    time requestId service processing outcome purpose justification
    actor { sub name agency unit roles vetting }
    shown {
      owner category released summarised held withheld reasons
      counts { released summarised held withheld }
    }
  }
}`;
