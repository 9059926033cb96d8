import { type CreateTableBuilder, sql } from 'kysely';
import { buildDisclosureDeskTables } from '@marsoc/platform/disclosure-requests';
import {
  createKeyedTable,
  runDdl,
  type StoreMigrations,
  type TableColumns,
} from '@marsoc/platform/store';

type TableDefinition = CreateTableBuilder<string, never>;

/** `column IN ('A', 'B', ...)`: the closed list a column may hold. */
const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;

/**
 * A nominal's child rows, keyed by (nominal_id, position): clustered so on
 * SQLite, a batch by nominal reads contiguous pages and rows come back in the
 * order they were seeded, which is the order a nominal's record is shown.
 */
const child =
  (name: string, columns: TableColumns) => (table: TableDefinition) =>
    columns(
      table
        .addColumn('nominal_id', 'text', (column) => column.notNull())
        .addColumn('position', 'integer', (column) => column.notNull()),
      // The builder's column types do not survive `columns`; these two were just added.
    ).addPrimaryKeyConstraint(`${name}_pk`, [
      'nominal_id',
      'position',
    ] as never[]);

/**
 * The police store's versioned migrations (docs/postgres-store.md): never
 * edited once landed; a change is a new one after them. 001 creates the
 * tables and indexes only where absent, so a store the earlier code made (the
 * same tables, WITHOUT ROWID, no foreign keys: the seed is the only writer)
 * is adopted as it is.
 */
export const POLICE_MIGRATIONS: StoreMigrations = {
  '001_tables': {
    async up(db, dialect) {
      const create = (name: string, columns: TableColumns) =>
        createKeyedTable(db, dialect, name, columns);
      const index = (name: string, table: string, columns: string[]) =>
        db.schema
          .createIndex(name)
          .ifNotExists()
          .on(table)
          .columns(columns)
          .execute();
      await create('police_nominal', (table) =>
        table
          .addColumn('nominal_id', 'text', (column) => column.primaryKey())
          .addColumn('pnc_id', 'text', (column) => column.notNull())
          .addColumn('cro_number', 'text', (column) => column.notNull())
          .addColumn('forename', 'text', (column) => column.notNull())
          .addColumn('surname', 'text', (column) => column.notNull())
          .addColumn('date_of_birth', 'text', (column) => column.notNull())
          .addColumn('gender', 'text', (column) =>
            column.notNull().check(oneOf('gender', ['MALE', 'FEMALE'])),
          )
          .addColumn('nationality', 'text'),
      );
      await index('police_nominal_by_pnc_id', 'police_nominal', ['pnc_id']);
      await index('police_nominal_by_cro_number', 'police_nominal', [
        'cro_number',
      ]);
      await create(
        'police_alias',
        child('police_alias', (table) =>
          table
            .addColumn('name', 'text', (column) => column.notNull())
            .addColumn('alias_type', 'text', (column) =>
              column
                .notNull()
                .check(oneOf('alias_type', ['NICKNAME', 'ALIAS_NAME'])),
            ),
        ),
      );
      await create(
        'police_warning_marker',
        child('police_warning_marker', (table) =>
          table
            .addColumn('code', 'text', (column) => column.notNull())
            .addColumn('description', 'text', (column) => column.notNull())
            .addColumn('date_added', 'text', (column) => column.notNull()),
        ),
      );
      await create(
        'police_arrest',
        child('police_arrest', (table) =>
          table
            .addColumn('custody_reference', 'text', (column) =>
              column.notNull(),
            )
            .addColumn('arrested_on', 'text', (column) => column.notNull())
            .addColumn('offence', 'text', (column) => column.notNull())
            .addColumn('offence_category', 'text', (column) => column.notNull())
            .addColumn('arresting_force', 'text', (column) => column.notNull())
            .addColumn('outcome', 'text', (column) => column.notNull()),
        ),
      );
      await create(
        'police_conviction',
        child('police_conviction', (table) =>
          table
            .addColumn('convicted_on', 'text', (column) => column.notNull())
            .addColumn('offence', 'text', (column) => column.notNull())
            .addColumn('offence_category', 'text', (column) => column.notNull())
            .addColumn('court', 'text', (column) => column.notNull())
            .addColumn('disposal', 'text', (column) => column.notNull()),
        ),
      );
      await create(
        'police_intelligence_report',
        child('police_intelligence_report', (table) =>
          table
            .addColumn('reference', 'text', (column) => column.notNull())
            .addColumn('date_recorded', 'text', (column) => column.notNull())
            .addColumn('source_evaluation', 'text', (column) =>
              column
                .notNull()
                .check(oneOf('source_evaluation', ['1', '2', '3'])),
            )
            .addColumn('intelligence_assessment', 'text', (column) =>
              column
                .notNull()
                .check(
                  oneOf('intelligence_assessment', ['A', 'B', 'C', 'D', 'E']),
                ),
            )
            .addColumn('handling_code', 'text', (column) =>
              column.notNull().check(oneOf('handling_code', ['P', 'C'])),
            )
            .addColumn('handling_conditions', 'text', (column) =>
              column.notNull(),
            )
            .addColumn('originator_agency', 'text', (column) =>
              column.notNull(),
            )
            .addColumn('consented_agencies', 'text', (column) =>
              column.notNull(),
            )
            .addColumn('classification', 'text', (column) => column.notNull())
            .addColumn('report_text', 'text', (column) => column.notNull())
            .addColumn('sanitised_summary', 'text', (column) =>
              column.notNull(),
            )
            .addColumn('source_details', 'text'),
        ),
      );
      await create(
        'police_ocg_affiliation',
        child('police_ocg_affiliation', (table) =>
          table
            .addColumn('group_reference', 'text', (column) => column.notNull())
            .addColumn('group_name', 'text', (column) => column.notNull())
            .addColumn('role', 'text', (column) =>
              column
                .notNull()
                .check(
                  oneOf('role', ['PRINCIPAL', 'SIGNIFICANT', 'PERIPHERAL']),
                ),
            )
            .addColumn('threat_score', 'integer', (column) => column.notNull())
            .addColumn('band', 'text', (column) => column.notNull())
            .addColumn('mapped_on', 'text', (column) => column.notNull())
            .addColumn('mapped_by', 'text', (column) => column.notNull()),
        ),
      );
      await create(
        'police_vehicle',
        child('police_vehicle', (table) =>
          table
            .addColumn('vrm', 'text', (column) => column.notNull())
            .addColumn('make', 'text', (column) => column.notNull())
            .addColumn('model', 'text', (column) => column.notNull())
            .addColumn('colour', 'text', (column) => column.notNull())
            .addColumn('link_type', 'text', (column) => column.notNull())
            .addColumn('linked_from', 'text', (column) => column.notNull())
            .addColumn('linked_to', 'text'),
        ),
      );
      await create(
        'police_address',
        child('police_address', (table) =>
          table
            .addColumn('address', 'text', (column) => column.notNull())
            .addColumn('address_type', 'text', (column) =>
              column
                .notNull()
                .check(oneOf('address_type', ['HOME', 'ASSOCIATED'])),
            )
            .addColumn('from_date', 'text', (column) => column.notNull())
            .addColumn('to_date', 'text'),
        ),
      );
      await index('police_nominal_by_date_of_birth', 'police_nominal', [
        'date_of_birth',
      ]);
      await index('police_ocg_affiliation_by_group', 'police_ocg_affiliation', [
        'group_reference',
        'nominal_id',
      ]);
      // Every name police hold for a nominal (its own and its aliases),
      // reduced to the keys search compares (platform search/nameMatching).
      await create(
        'police_search_name',
        child('police_search_name', (table) =>
          table
            .addColumn('name_kind', 'text', (column) =>
              column.notNull().check(oneOf('name_kind', ['NAME', 'ALIAS'])),
            )
            .addColumn('forename_key', 'text')
            .addColumn('surname_key', 'text', (column) => column.notNull()),
        ),
      );
      await index('police_search_name_by_surname', 'police_search_name', [
        'surname_key',
        'nominal_id',
      ]);
      await create('police_intelligence_mention', (table) =>
        table
          .addColumn('nominal_id', 'text', (column) => column.notNull())
          .addColumn('report_position', 'integer', (column) => column.notNull())
          .addColumn('associate_id', 'text', (column) => column.notNull())
          .addPrimaryKeyConstraint('police_intelligence_mention_pk', [
            'nominal_id',
            'report_position',
            'associate_id',
          ]),
      );
      await index(
        'police_intelligence_mention_by_associate',
        'police_intelligence_mention',
        ['associate_id'],
      );
    },
  },
  // The force's grants and requests beside its data (the platform's one
  // definition); a store that has them from the earlier code keeps them.
  '002_disclosure_desk': {
    up: (db, dialect) => runDdl(db, dialect, buildDisclosureDeskTables),
  },
};
