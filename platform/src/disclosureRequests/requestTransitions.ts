import { type DisclosureRequestStatus } from './DisclosureRequestRecord';

/** Every way a request changes state, and who may make it. */
export type RequestAction = 'DECIDE' | 'WITHDRAW' | 'REOPEN' | 'EXPIRE';

/**
 * The states each action leaves from. Deciding, withdrawing and expiring act
 * on a PENDING request only, so a request is decided once; a requester may
 * re-open only what was declined or left to expire, never what was granted
 * (a new need is a new request) or what they withdrew themselves.
 */
const FROM: Readonly<
  Record<RequestAction, readonly DisclosureRequestStatus[]>
> = {
  DECIDE: ['PENDING'],
  WITHDRAW: ['PENDING'],
  EXPIRE: ['PENDING'],
  REOPEN: ['DECLINED', 'EXPIRED'],
};

const VERBS: Readonly<Record<RequestAction, string>> = {
  DECIDE: 'decided',
  WITHDRAW: 'withdrawn',
  EXPIRE: 'expired',
  REOPEN: 're-opened',
};

/** True when `action` may be taken on a request in `status`. */
export function mayTransition(
  status: DisclosureRequestStatus,
  action: RequestAction,
): boolean {
  return FROM[action].includes(status);
}

/** Why `action` cannot be taken on a request in `status`, said to the caller. */
export function describeRefusedTransition(
  status: DisclosureRequestStatus,
  action: RequestAction,
  closedAt: string | null,
): string {
  const since = closedAt === null ? '' : ` since ${closedAt}`;
  const allowed = FROM[action].join(' or ');
  return `The request is ${status}${since}; only a ${allowed} request can be ${VERBS[action]}. Nothing was changed.`;
}
