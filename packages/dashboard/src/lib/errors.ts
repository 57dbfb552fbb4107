import { ErrorCode } from '@township/shared';

/** What went wrong, as the key under `errors.` in the messages: the API's code or a transport failure. */
export type FailureKind = ErrorCode | 'NETWORK' | 'UNKNOWN';

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown> | null;
}
interface ApolloErrorLike {
  graphQLErrors?: readonly GraphQLErrorLike[];
  /** Apollo Client files an answer with a non-2xx status (429, 400…) as a network error, its body in `result`. */
  networkError?: { result?: unknown } | null;
}

const KNOWN = new Set<string>(Object.values(ErrorCode));

/** The GraphQL errors of an Apollo error, whether the answer came with status 200 or not. */
function graphQLErrorsOf(error: unknown): readonly GraphQLErrorLike[] {
  const apollo = error as ApolloErrorLike | null | undefined;
  if (apollo?.graphQLErrors?.length) return apollo.graphQLErrors;
  const body = apollo?.networkError?.result as { errors?: unknown } | undefined;
  return body && typeof body === 'object' && Array.isArray(body.errors) ? (body.errors as GraphQLErrorLike[]) : [];
}

/** The failure kind of an Apollo error (or anything thrown), for choosing a message. */
export function failureKind(error: unknown): FailureKind {
  if (!error || typeof error !== 'object') return 'UNKNOWN';
  const code = graphQLErrorsOf(error).find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  if (typeof code === 'string') return KNOWN.has(code) ? (code as ErrorCode) : 'UNKNOWN';
  if ((error as ApolloErrorLike).networkError) return 'NETWORK';
  return 'UNKNOWN';
}

/** Seconds the API asks to wait before trying again (`extensions.retryAfter` of a throttled or rate-limited request), if it says. */
export function retryAfterOf(error: unknown): number | null {
  const wait = graphQLErrorsOf(error).find((e) => typeof e.extensions?.retryAfter === 'number')?.extensions?.retryAfter;
  return typeof wait === 'number' ? wait : null;
}

/** A refused mutation: the coded kind for the heading, the API's own words (they name the rule broken) and the field at fault. */
export function refusalOf(error: unknown): { kind: FailureKind; detail: string | null; field: string | null } {
  const graphQLError = graphQLErrorsOf(error)[0];
  const field = graphQLError?.extensions?.field;
  return { kind: failureKind(error), detail: graphQLError?.message ?? null, field: typeof field === 'string' ? field : null };
}

/** A refusal as one line for a form: the coded heading in the user's language, then the API's words. */
export function failureText(t: (key: string) => string, error: unknown): string {
  const { kind, detail } = refusalOf(error);
  return `${t(`errors.${kind}`)}${detail ? `：${detail}` : ''}`;
}
