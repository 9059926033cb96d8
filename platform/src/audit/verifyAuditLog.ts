import { type AuditSource } from './reader';
import {
  describeUnreadable,
  verifyChain,
  type ChainVerification,
} from './verifyChain';

export interface ChainReport {
  location: string;
  chainId: string;
  result: ChainVerification;
  /** Where the first fault is: 'line 12' or 'entry 1700000000000-0'. */
  place?: string;
}

export interface AuditLogReport {
  ok: boolean;
  chains: ChainReport[];
}

/** Verifies every chain read back; the log is ok only if every chain is. */
export function verifyAuditLog(
  sources: readonly AuditSource[],
): AuditLogReport {
  const chains = sources.map(verifySource);
  return { ok: chains.every((chain) => chain.result.ok), chains };
}

function verifySource(source: AuditSource): ChainReport {
  const { location, chainId, unreadable } = source;
  if (unreadable === undefined) {
    const result = verifyChain(source.records, {
      chainId,
      knownHead: source.knownHead,
    });
    return {
      location,
      chainId,
      result,
      place: result.ok ? undefined : source.places[result.index],
    };
  }
  // Only the records before the first unreadable entry can be judged as a chain.
  const before = source.records.slice(0, unreadable.position);
  const result = verifyChain(before, { chainId });
  if (!result.ok) {
    return { location, chainId, result, place: source.places[result.index] };
  }
  return {
    location,
    chainId,
    result: describeUnreadable(
      unreadable.problem,
      result.head.sequence + 1,
      unreadable.position,
    ),
    place: unreadable.place,
  };
}
