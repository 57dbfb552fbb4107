export { User } from './user.entity.js';
export { Session } from './session.entity.js';
export { hashPassword, verifyPassword } from './password.js';
export { SESSION_COOKIE, viewerForToken } from './session.service.js';
export { AuthResolver } from './auth.resolver.js';
