import { type CreateTableBuilder } from 'kysely';
import { buildDisclosureDeskTables } from '@marsoc/platform/disclosure-requests';
import {
  createKeyedTable,
  runDdl,
  type StoreMigrations,
  type TableColumns,
} from '@marsoc/platform/store';

type Table = CreateTableBuilder<string, never>;

const nominalOf = (parent: string) => (table: Table) =>
  table.addColumn('nominal_id', 'text', (column) =>
    column.notNull().references(`${parent}.nominal_id`),
  );

/**
 * The NCA/HMRC store's versioned migrations (docs/postgres-store.md): never
 * edited once landed; a change is a new one after them. HMRC and NCA tables
 * are kept apart by prefix; covert interests have their own table so that no
 * overt table's shape, rows or ordering depends on them. 001 creates the
 * tables only where absent, so a store the earlier code made is adopted as is.
 */
export const NCA_HMRC_MIGRATIONS: StoreMigrations = {
  '001_tables': {
    async up(db, dialect) {
      const create = (name: string, columns: TableColumns) =>
        createKeyedTable(db, dialect, name, columns);
      const hmrc = nominalOf('hmrc_taxpayer');
      const nca = nominalOf('nca_subject');
      await create('hmrc_taxpayer', (table) =>
        table
          .addColumn('nominal_id', 'text', (column) => column.primaryKey())
          .addColumn('tax_reference', 'text', (column) => column.notNull()),
      );
      await create('hmrc_self_assessment', (table) =>
        hmrc(table)
          .addColumn('tax_year', 'text', (column) => column.notNull())
          .addColumn('declared_income', 'integer', (column) => column.notNull())
          .addColumn('tax_due', 'integer', (column) => column.notNull())
          .addColumn('filed_on', 'text')
          .addPrimaryKeyConstraint('hmrc_self_assessment_pk', [
            'nominal_id',
            'tax_year',
          ]),
      );
      await create('hmrc_directorship', (table) =>
        hmrc(table)
          .addColumn('position', 'integer', (column) => column.notNull())
          .addColumn('company_number', 'text', (column) => column.notNull())
          .addColumn('company_name', 'text', (column) => column.notNull())
          .addColumn('role', 'text', (column) => column.notNull())
          .addColumn('appointed_on', 'text', (column) => column.notNull())
          .addColumn('resigned_on', 'text')
          .addPrimaryKeyConstraint('hmrc_directorship_pk', [
            'nominal_id',
            'position',
          ]),
      );
      await create('hmrc_vat_registration', (table) =>
        hmrc(table)
          .addColumn('vat_number', 'text', (column) => column.notNull())
          .addColumn('trading_name', 'text', (column) => column.notNull())
          .addColumn('registered_on', 'text', (column) => column.notNull())
          .addColumn('status', 'text', (column) => column.notNull())
          .addPrimaryKeyConstraint('hmrc_vat_registration_pk', [
            'nominal_id',
            'vat_number',
          ]),
      );
      await create('hmrc_asset', (table) =>
        hmrc(table)
          .addColumn('position', 'integer', (column) => column.notNull())
          .addColumn('asset_type', 'text', (column) => column.notNull())
          .addColumn('description', 'text', (column) => column.notNull())
          .addColumn('estimated_value', 'integer', (column) => column.notNull())
          .addColumn('acquired_on', 'text', (column) => column.notNull())
          .addPrimaryKeyConstraint('hmrc_asset_pk', ['nominal_id', 'position']),
      );
      await create('hmrc_investigation', (table) =>
        hmrc(table)
          .addColumn('reference', 'text', (column) => column.notNull())
          .addColumn('investigation_type', 'text', (column) => column.notNull())
          .addColumn('opened_on', 'text', (column) => column.notNull())
          .addColumn('status', 'text', (column) => column.notNull())
          .addPrimaryKeyConstraint('hmrc_investigation_pk', [
            'nominal_id',
            'reference',
          ]),
      );
      await create('nca_subject', (table) =>
        table
          .addColumn('nominal_id', 'text', (column) => column.primaryKey())
          .addColumn('nca_reference', 'text', (column) => column.notNull()),
      );
      await create('nca_ocg_tiering', (table) =>
        table
          .addColumn('nominal_id', 'text', (column) =>
            column.primaryKey().references('nca_subject.nominal_id'),
          )
          .addColumn('group_name', 'text', (column) => column.notNull())
          .addColumn('tier', 'text', (column) => column.notNull())
          .addColumn('threat_area', 'text', (column) => column.notNull())
          .addColumn('assessed_on', 'text', (column) => column.notNull()),
      );
      await create('nca_suspicious_activity_report', (table) =>
        nca(table)
          .addColumn('position', 'integer', (column) => column.notNull())
          .addColumn('reference', 'text', (column) => column.notNull())
          .addColumn('submitted_on', 'text', (column) => column.notNull())
          .addColumn('reporting_sector', 'text', (column) => column.notNull())
          .addColumn('amount', 'integer', (column) => column.notNull())
          .addColumn('reason_code', 'text', (column) => column.notNull())
          .addColumn('classification', 'text', (column) => column.notNull())
          .addColumn('restricted_to', 'text', (column) => column.notNull())
          .addPrimaryKeyConstraint('nca_suspicious_activity_report_pk', [
            'nominal_id',
            'position',
          ]),
      );
      await create('nca_covert_interest', (table) =>
        table
          .addColumn('nominal_id', 'text', (column) =>
            column.primaryKey().references('nca_subject.nominal_id'),
          )
          .addColumn('operation_name', 'text', (column) => column.notNull())
          .addColumn('interest_type', 'text', (column) => column.notNull())
          .addColumn('owning_command', 'text', (column) => column.notNull())
          .addColumn('recorded_on', 'text', (column) => column.notNull()),
      );
      await create('nca_deconfliction', (table) =>
        table
          .addColumn('nominal_id', 'text', (column) =>
            column.primaryKey().references('nca_subject.nominal_id'),
          )
          .addColumn('route', 'text', (column) => column.notNull()),
      );
    },
  },
  // The owners' grants and requests beside their data (the platform's one
  // definition); a store that has them from the earlier code keeps them.
  '002_disclosure_desk': {
    up: (db, dialect) => runDdl(db, dialect, buildDisclosureDeskTables),
  },
};
