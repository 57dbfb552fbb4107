import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import { DomainError, ErrorCode, forbidden, PERSONAL_DATA_ROLES, type Role } from '@township/shared';
import type { RequestContext } from './context.js';

/** `@Authorized(roles)`: the viewer must be signed in and hold one of the roles (any role when none given). */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  const viewer = context.user;
  if (roles.length && !roles.includes(viewer.role)) {
    throw forbidden(`Role ${viewer.role} may not use ${info.parentType.name}.${info.fieldName}`);
  }
  return true;
};

/** Root fields that answer without a session; everything else needs a signed-in viewer. */
const PUBLIC_ROOT_FIELDS = new Set(['Query.viewer', 'Mutation.login', 'Mutation.logout']);

/**
 * Runs on every field. At the root it refuses anonymous requests, so no resolver can forget to;
 * nested fields are only reachable through an authorised root field.
 */
export const RequireViewer: MiddlewareFn<RequestContext> = ({ context, info }, next) => {
  const isRoot = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (isRoot && !context.viewer && !PUBLIC_ROOT_FIELDS.has(`${info.parentType.name}.${info.fieldName}`)) {
    throw new DomainError(ErrorCode.Unauthenticated, 'Sign in first');
  }
  return next();
};

/** Whether the viewer handles personal data (names, phones, ID numbers of people). */
export const canSeePersonalData = (context: RequestContext) => PERSONAL_DATA_ROLES.includes(context.user.role);

/** Field middleware: personal data shows as a masked value to roles that do not handle it. */
export const PersonalData: MiddlewareFn<RequestContext> = async ({ context }, next) => {
  const value = await next();
  if (value == null || canSeePersonalData(context)) return value;
  return mask(String(value));
};

/** Keeps the shape (length, first and last characters) so analysts can tell values apart from blanks. */
export function mask(value: string): string {
  if (value.length <= 2) return '*'.repeat(value.length);
  if (value.length <= 4) return `${value[0]}${'*'.repeat(value.length - 1)}`;
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 5)}${value.slice(-2)}`;
}
