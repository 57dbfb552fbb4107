import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, defaultFieldResolver, type DocumentNode, GraphQLError, type GraphQLSchema, visit } from 'graphql';
import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import { DomainError, ErrorCode, forbidden, PERSONAL_DATA_ROLES, refusal, type Role } from '@township/shared';
import type { RequestContext } from './context.js';

/** `@Authorized(roles)`: the viewer must be signed in and hold one of the roles (any role when none given). */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  const viewer = context.user;
  if (roles.length && !roles.includes(viewer.role)) {
    throw forbidden(`Role ${viewer.role} may not use ${info.parentType.name}.${info.fieldName}`, 'roleNotAllowed');
  }
  return true;
};

/** Root fields that answer without a session; everything else needs a signed-in viewer. */
const PUBLIC_ROOT_FIELDS = new Set(['Query.viewer', 'Mutation.login', 'Mutation.logout']);

const signInFirst = () => new DomainError(ErrorCode.Unauthenticated, 'Sign in first', undefined, refusal('signInFirst'));

/**
 * Refuses anonymous requests at every root field but the public ones, so no resolver can forget
 * to; nested fields are only reachable through an authorised root field. The check wraps the
 * root resolvers rather than running as a type-graphql global middleware: that would put an
 * async chain on every field of every row, which made wide results (a thousand hotspot cells)
 * twice as slow.
 */
export function requireViewer(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (PUBLIC_ROOT_FIELDS.has(`${type.name}.${field.name}`)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: RequestContext, info) => {
        if (!context.viewer) throw signInFirst();
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

/** Meta-fields graphql-js answers itself: no resolver of ours runs for them. */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

const readsSchema = (document: DocumentNode) => {
  let found = false;
  visit(document, {
    Field(node) {
      if (!INTROSPECTION_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
};

/**
 * Apollo plugin: the schema is for signed-in users (the explorer sends the session cookie), so an
 * anonymous request that introspects is refused whole, before anything runs. Looked for in the
 * whole document, so aliases and fragments do not hide it. `__typename` reveals nothing and stays.
 */
export const refuseAnonymousIntrospection: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (contextValue.viewer || !readsSchema(document)) return;
        // Apollo answers errors thrown before execution with 500 unless told otherwise.
        throw new GraphQLError('Sign in first', { originalError: signInFirst(), extensions: { http: { status: 401 } } });
      },
    };
  },
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
