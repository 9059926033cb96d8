import { type CreateTableBuilder } from 'kysely';
import { buildDisclosureDeskTables } from '@marsoc/platform/disclosure-requests';
import {
  createKeyedTable,
  runDdl,
  type StoreMigrations,
} from '@marsoc/platform/store';

type Table = CreateTableBuilder<string, never>;

/** Text columns, each NOT NULL unless named in `nullable`. */
function addText(
  table: Table,
  columns: readonly string[],
  nullable: readonly string[] = [],
): Table {
  return columns.reduce(
    (built, column) =>
      built.addColumn(column, 'text', (definition) =>
        nullable.includes(column) ? definition : definition.notNull(),
      ),
    table,
  );
}

/** A table of one row per nominal. */
const onePerNominal = (table: Table): Table =>
  table.addColumn('nominal_id', 'text', (column) => column.primaryKey());

/**
 * A table of many rows per nominal, numbered in the order they were written,
 * and keyed (clustered, on SQLite) in the order its reads return them: by
 * nominal, then by `dated` where the reads order by a date, then by number.
 * A batch read then walks the key with no sort.
 */
const manyPerNominal =
  (name: string, dated?: string) =>
  (table: Table): Table =>
    table
      .addColumn('id', 'integer', (column) => column.notNull())
      .addColumn('nominal_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint(
        `${name}_pk`,
        // The dated column is added by the table's own builder; the key is
        // emitted after every column, so it may name it.
        (dated ? ['nominal_id', dated, 'id'] : ['nominal_id', 'id']) as [
          'nominal_id',
          'id',
        ],
      );

/**
 * The HMPPS store's versioned migrations (docs/postgres-store.md): never
 * edited once landed; a change is a new one after them. Prison (NOMIS-like)
 * and probation (nDelius-like) records. Codes are text without CHECK
 * constraints: the only writer is the typed seed (codes.ts), whose lists the
 * GraphQL enums match, and checks would slow seeding 10^5 nominals. 001
 * creates the tables only where absent, so a store the earlier code made (ids
 * as SQLite rowids, indexes of its own) is adopted as it is.
 */
export const HMPPS_MIGRATIONS: StoreMigrations = {
  '001_tables': {
    async up(db, dialect) {
      const create = (name: string, columns: (table: Table) => Table) =>
        createKeyedTable(db, dialect, name, columns);
      const many = (
        name: string,
        dated: string | undefined,
        build: (table: Table) => Table,
      ) => create(name, (table) => build(manyPerNominal(name, dated)(table)));
      await create('prison_custody', (table) =>
        addText(
          onePerNominal(table),
          [
            'prison_number',
            'status',
            'establishment',
            'establishment_region',
            'security_category',
            'reception_date',
            'earliest_release_date',
            'licence_expiry_date',
            'offence',
          ],
          ['earliest_release_date', 'licence_expiry_date', 'offence'],
        )
          .addColumn('sentence_months', 'integer')
          .addColumn('sentence_date', 'text')
          .addColumn('sentencing_court', 'text'),
      );
      await many('prison_movement', 'movement_date', (table) =>
        addText(table, [
          'movement_date',
          'from_location',
          'to_location',
          'reason',
        ]),
      );
      await many('prison_adjudication', 'adjudication_date', (table) =>
        addText(
          table,
          [
            'adjudication_date',
            'establishment',
            'charge',
            'finding',
            'punishment',
          ],
          ['punishment'],
        ),
      );
      await many('prison_seizure', 'seizure_date', (table) =>
        addText(table, [
          'seizure_date',
          'item_type',
          'establishment',
          'location',
          'description',
        ]).addColumn('counter_corruption', 'integer', (column) =>
          column.notNull().defaultTo(0),
        ),
      );
      await many('prison_visit', 'visit_date', (table) =>
        addText(table, [
          'visit_date',
          'visitor_name',
          'relationship',
          'visit_type',
        ]),
      );
      await many('prison_phone_contact', undefined, (table) =>
        addText(table, [
          'phone_number',
          'contact_name',
          'relationship',
        ]).addColumn('approved', 'integer', (column) => column.notNull()),
      );
      await create('probation_supervision', (table) =>
        addText(
          onePerNominal(table),
          [
            'crn',
            'status',
            'probation_region',
            'offender_manager',
            'team',
            'supervision_type',
            'start_date',
            'end_date',
          ],
          ['supervision_type', 'end_date'],
        ),
      );
      await many('probation_licence_condition', undefined, (table) =>
        addText(table, ['condition_type', 'description']),
      );
      await many('prison_associate_link', undefined, (table) =>
        addText(table, [
          'associate_id',
          'link_type',
          'since',
          'last_contact',
          'establishment',
        ]),
      );
      await create('probation_risk', (table) =>
        addText(onePerNominal(table), ['rosh_level', 'assessed_on'])
          .addColumn('mappa_level', 'integer')
          .addColumn('mappa_category', 'integer'),
      );
      // The lookups by reference; reads by nominal use the primary keys.
      for (const [index, table, column] of [
        ['prison_custody_by_number', 'prison_custody', 'prison_number'],
        ['probation_supervision_by_crn', 'probation_supervision', 'crn'],
      ] as const)
        await db.schema
          .createIndex(index)
          .ifNotExists()
          .on(table)
          .column(column)
          .execute();
    },
  },
  // HMPPS's grants and requests beside its data (the platform's one
  // definition); a store that has them from the earlier code keeps them.
  '002_disclosure_desk': {
    up: (db, dialect) => runDdl(db, dialect, buildDisclosureDeskTables),
  },
};
