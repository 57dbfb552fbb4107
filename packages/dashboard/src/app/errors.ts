import { ErrorCode } from '@township/shared';

/** What went wrong, as the key under `errors.` in the messages: the API's code or a transport failure. */
export type FailureKind = ErrorCode | 'NETWORK' | 'UNKNOWN';

interface GraphQLErrorLike {
  extensions?: Record<string, unknown> | null;
}
interface ApolloErrorLike {
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: unknown;
}

const KNOWN = new Set<string>(Object.values(ErrorCode));

/** The failure kind of an Apollo error (or anything thrown), for choosing a message. */
export function failureKind(error: unknown): FailureKind {
  if (!error || typeof error !== 'object') return 'UNKNOWN';
  const apollo = error as ApolloErrorLike;
  const code = apollo.graphQLErrors?.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  if (typeof code === 'string') return KNOWN.has(code) ? (code as ErrorCode) : 'UNKNOWN';
  if (apollo.networkError) return 'NETWORK';
  return 'UNKNOWN';
}

/** A refused mutation: the coded kind for the heading, the API's own words (they name the rule broken) and the field at fault. */
export function refusalOf(error: unknown): { kind: FailureKind; detail: string | null; field: string | null } {
  const graphQLError = (error as { graphQLErrors?: { message: string; extensions?: { field?: unknown } }[] })?.graphQLErrors?.[0];
  const field = graphQLError?.extensions?.field;
  return { kind: failureKind(error), detail: graphQLError?.message ?? null, field: typeof field === 'string' ? field : null };
}

/** A refusal as one line for a form: the coded heading in the user's language, then the API's words. */
export function failureText(t: (key: string) => string, error: unknown): string {
  const { kind, detail } = refusalOf(error);
  return `${t(`errors.${kind}`)}${detail ? `：${detail}` : ''}`;
}
