import { ErrorCode } from '@marsoc/schema/wire';

// The codes are part of the contract clients read, so they are declared there;
// the services take them from here, beside the factories that use them.
export { ErrorCode };

export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.values(ErrorCode),
);
