// Every table, gathered for drizzle and drizzle-kit. Each capability owns its tables.ts.
export * from '../audit/tables';
export * from '../identity/tables';
export * from '../organisations/tables';
export * from '../service-points/tables';
export * from '../tenancy/tables';
