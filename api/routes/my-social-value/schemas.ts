import { Type } from 'typebox';

export const ContractIdParamsSchema = Type.Object({ contractId: Type.String({ minLength: 1, maxLength: 100 }) });
export const MyReportIdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
