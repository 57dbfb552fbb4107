import { failureKind, type FailureKind } from '@/app/errors';

/** The API's own words for a refused step (they name the rule broken), with the coded kind for the heading. */
export function stepFailure(error: unknown): { kind: FailureKind; detail: string | null; field: string | null } {
  const graphQLError = (error as { graphQLErrors?: { message: string; extensions?: { field?: unknown } }[] })?.graphQLErrors?.[0];
  const field = graphQLError?.extensions?.field;
  return { kind: failureKind(error), detail: graphQLError?.message ?? null, field: typeof field === 'string' ? field : null };
}
