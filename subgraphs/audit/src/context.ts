import { type SubgraphContext } from '@marsoc/platform';
import { type AuditLoaders } from './loaders';

/** What every audit resolver receives. */
export type AuditContext = SubgraphContext<AuditLoaders>;
