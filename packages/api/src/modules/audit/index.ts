import type { FeatureManifest } from '../../features/manifest.js';
import { AuditRecord } from './audit-record.entity.js';
import { AuditResolver } from './audit.resolver.js';

export { AuditRecord } from './audit-record.entity.js';
export { audit, snapshot, type Actor, type AuditEntry } from './audit.service.js';

/** The audit trail every mutation writes. */
export const feature: FeatureManifest = { name: 'audit', resolvers: [AuditResolver], entities: [AuditRecord] };
