import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EDITOR_ROLES, PERSONAL_DATA_ROLES } from '@township/shared';
import type { RequestContext } from '../../graphql/context.js';
import type { Viewer } from '../../graphql/viewer.js';
import { orgUnitById, OrgUnitType } from '../org-units/index.js';
import { SESSION_COOKIE, SESSION_DAYS, signIn, signOut } from './session.service.js';
import { SIGN_IN_LIMITS } from './sign-in-throttle.js';
import { ViewerType } from './viewer.type.js';

const { nameAtAddress, address } = SIGN_IN_LIMITS;
const LOGIN_DESCRIPTION = `Signs in and sets the session cookie (httpOnly, SameSite=Lax). After ${nameAtAddress.freeFailures} failed sign-ins \
for one user name from one address, or ${address.freeFailures} from one address over all names, further attempts from that address \
wait ${nameAtAddress.firstWaitMs / 1000} s, then twice as long after each failure, up to ${nameAtAddress.maxWaitMs / 60_000} min: \
until then they are refused unchecked with TOO_MANY_ATTEMPTS, \`extensions.retryAfter\` (seconds) and HTTP 429 with \`Retry-After\`.`;

@Resolver(() => ViewerType)
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user, or null when signed out.' })
  viewer(@Ctx() ctx: RequestContext) {
    return ctx.viewer ? toViewerType(ctx.viewer) : null;
  }

  @Mutation(() => ViewerType, { description: LOGIN_DESCRIPTION })
  async login(
    @Arg('username', () => String, { description: 'Sign-in name.' }) username: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
    @Ctx() ctx: RequestContext,
  ) {
    const { token, viewer } = await signIn(ctx.em, { username: username.trim(), password, address: ctx.req?.ip });
    ctx.res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.req?.secure ?? false,
      path: '/',
      maxAge: SESSION_DAYS * 86_400_000,
    });
    return toViewerType(viewer);
  }

  @Mutation(() => Boolean, { description: 'Ends the session and clears the cookie. True even when no one was signed in.' })
  async logout(@Ctx() ctx: RequestContext) {
    const token = ctx.req?.cookies?.[SESSION_COOKIE] as string | undefined;
    if (token) await signOut(ctx.em, token, ctx.viewer, ctx.req?.ip);
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @FieldResolver(() => OrgUnitType, { description: 'The unit the user sees, with everything below it.' })
  scope(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(viewer.scope.id);
  }
}

function toViewerType(viewer: Viewer): ViewerType {
  return {
    id: viewer.userId,
    username: viewer.username,
    displayName: viewer.displayName,
    role: viewer.role,
    scope: { id: viewer.scope.id },
    canSeePersonalData: PERSONAL_DATA_ROLES.includes(viewer.role),
    canEdit: EDITOR_ROLES.includes(viewer.role),
  };
}
