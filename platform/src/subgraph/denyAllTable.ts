import {
  type Caller,
  type Decision,
  type DecisionTable,
  type RequestPurpose,
} from '@marsoc/schema';

const NO_PURPOSE: Decision = {
  level: 'WITHHELD',
  reason: 'NO_PURPOSE',
  rules: [],
  obligations: [],
  grantable: false,
};

/**
 * The table for a request that came without a purpose: every marked field is
 * withheld. The gateway already refuses such requests; this is the owner's own
 * check, so a subgraph never relies on the gateway alone.
 */
export function createDenyAllTable(caller: Caller): DecisionTable {
  const purpose: RequestPurpose = { purpose: 'AUDIT', justification: '' };
  return {
    caller,
    purpose,
    field: () => NO_PURPOSE,
    record: () => NO_PURPOSE,
  };
}
