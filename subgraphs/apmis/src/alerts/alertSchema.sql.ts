import { type DdlText } from '@marsoc/platform/store';
import { Region } from '@marsoc/schema';
import { oneOf } from '../repository/oneOf';
import { ddlStatements } from '../repository/ddlStatements';
import { AlertKind, CustodyMovement } from './alertVocabulary';

/**
 * Alerts (docs/marsoc-cycle.md#alerts): one row per event, one row per
 * recipient address it went to, and who of the people an address covers has
 * read it. Raised inside the transaction of the write that causes it, so an
 * alert exists exactly when that write committed. The custody notices HMPPS
 * sends are kept with the establishment each left the nominal in, which is
 * where a nominated prisoner's security department is found.
 */
export const alertTablesDdl = (ddl: DdlText): string[] => [
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS alert (
  id ${ddl.generatedKey},
  kind TEXT NOT NULL CHECK (${oneOf('kind', AlertKind.values)}),
  nominal_id TEXT NOT NULL,
  region TEXT NOT NULL CHECK (${oneOf('region', Region.values)}),
  raised_at TEXT NOT NULL,
  raised_by TEXT NOT NULL,
  subject_id TEXT,
  movement TEXT CHECK (movement IS NULL OR ${oneOf('movement', CustodyMovement.values)}),
  moved_on TEXT,
  from_establishment TEXT,
  to_establishment TEXT,
  to_region TEXT CHECK (to_region IS NULL OR ${oneOf('to_region', Region.values)}),
  outcome TEXT,
  CHECK ((kind = 'CUSTODY_MOVEMENT') = (movement IS NOT NULL))
);

CREATE TABLE IF NOT EXISTS alert_recipient (
  address TEXT NOT NULL,
  alert_id INTEGER NOT NULL REFERENCES alert (id),
  PRIMARY KEY (address, alert_id)
) ${ddl.withoutRowId};

CREATE TABLE IF NOT EXISTS alert_read (
  reader_sub TEXT NOT NULL,
  alert_id INTEGER NOT NULL REFERENCES alert (id),
  read_at TEXT NOT NULL,
  PRIMARY KEY (reader_sub, alert_id)
) ${ddl.withoutRowId};

CREATE TABLE IF NOT EXISTS custody_notice (
  id ${ddl.generatedKey},
  nominal_id TEXT NOT NULL REFERENCES apmis_nominal (nominal_id),
  movement TEXT NOT NULL CHECK (${oneOf('movement', CustodyMovement.values)}),
  moved_on TEXT NOT NULL,
  from_establishment TEXT,
  to_establishment TEXT,
  notified_by TEXT NOT NULL,
  notified_at TEXT NOT NULL,
  CHECK ((movement = 'RELEASE') = (to_establishment IS NULL))
);
CREATE INDEX IF NOT EXISTS custody_notice_by_nominal
  ON custody_notice (nominal_id, moved_on, id);

CREATE TABLE IF NOT EXISTS custody_notice_write (
  actor_sub TEXT NOT NULL,
  client_request_id TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (operation = 'NOTIFY_CUSTODY_MOVEMENT'),
  input_hash TEXT NOT NULL,
  result_id TEXT NOT NULL,
  written_at TEXT NOT NULL,
  PRIMARY KEY (actor_sub, client_request_id)
) ${ddl.withoutRowId};
`),
];
