import { Type } from 'typebox';

/** An import job as the staff app polls it (issue 7). */
export const JobSchema = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  status: Type.String(),
  progress: Type.Object({ processed: Type.Integer(), total: Type.Integer() }),
  error: Type.Union([
    Type.Object({ code: Type.String(), messageEl: Type.String(), messageEn: Type.String() }),
    Type.Null(),
  ]),
  report: Type.Union([
    Type.Object({
      valid: Type.Boolean(),
      rows: Type.Integer(),
      enterprises: Type.Integer(),
      services: Type.Integer(),
      missingColumns: Type.Array(Type.String()),
      unknownColumns: Type.Array(Type.String()),
      problems: Type.Array(
        Type.Object({
          line: Type.Integer(),
          afm: Type.Union([Type.String(), Type.Null()]),
          column: Type.Union([Type.String(), Type.Null()]),
          code: Type.String(),
          messageEl: Type.String(),
          messageEn: Type.String(),
        }),
      ),
    }),
    Type.Null(),
  ]),
  result: Type.Union([
    Type.Object({
      enterprises: Type.Integer(),
      services: Type.Integer(),
      created: Type.Array(
        Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), status: Type.String() }),
        {
          description: `The first 100 enterprises created, in file order`,
        },
      ),
    }),
    Type.Null(),
  ]),
});

export const ImportIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const TemplateQuery = Type.Object({
  format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' }),
});
export const ExportQuery = Type.Object({
  entity: Type.Union([Type.Literal('enterprises'), Type.Literal('services')], { default: 'enterprises' }),
  format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' }),
  delimiter: Type.Union([Type.Literal('comma'), Type.Literal('semicolon')], {
    default: 'semicolon',
    description: 'CSV only; Greek Excel expects ;',
  }),
  columns: Type.Optional(Type.String({ maxLength: 1000, description: 'Comma-separated column names' })),
});
