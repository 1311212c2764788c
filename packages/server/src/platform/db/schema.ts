// Every table of the product, gathered from the modules that own them. drizzle-kit reads this file.
export * from '../../modules/accounts/schema';
export * from '../../modules/audit-log/schema';
export * from '../../modules/system/schema';
export * from '../../modules/registry/schema';
export * from '../../modules/datasets/schema';
export * from '../../modules/cases/schema';
export * from '../../modules/supervision/schema';
export * from '../../modules/mediation/schema';
export * from '../../modules/agreements/schema';
export * from '../../modules/audits/schema';
export * from '../../modules/negotiations/schema';
export * from '../../modules/governance/schema';
