export { AuditRecord } from './audit-record.entity.js';
export { audit, snapshot, type Actor, type AuditEntry } from './audit.service.js';
export { AuditResolver } from './audit.resolver.js';
