// Every table, gathered for drizzle and drizzle-kit. Each capability owns its tables.ts.
export * from '../alerts/tables';
export * from '../audit/tables';
export * from '../booking/tables';
export * from '../campaigns/tables';
export * from '../care/tables';
export * from '../checkup/tables';
export * from '../content/tables';
export * from '../events/tables';
export * from '../identity/tables';
export * from '../linked-data/tables';
export * from '../orders/tables';
export * from '../organisations/tables';
export * from '../recommendations/tables';
export * from '../reports/tables';
export * from '../service-points/tables';
export * from '../tenancy/tables';
