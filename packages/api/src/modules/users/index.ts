import type { FeatureManifest } from '../../features/manifest.js';
import { AuthResolver } from './auth.resolver.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export { User } from './user.entity.js';
export { Session } from './session.entity.js';
export { hashPassword, verifyPassword } from './password.js';
export { SESSION_COOKIE, viewerForToken, viewerOf } from './session.service.js';

/** Accounts, sessions and signing in. */
export const feature: FeatureManifest = { name: 'users', resolvers: [AuthResolver], entities: [User, Session] };
