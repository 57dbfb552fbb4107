import { ErrorCode, isRefusalReason, type RefusalReason } from '@township/shared';

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

/** A refused request: the coded kind for the heading, the rule broken with its figures, the field at fault, and the API's English words. */
export interface Refusal {
  kind: FailureKind;
  /** The rule, when the API named one this dashboard words (the shared catalogue). */
  reason: RefusalReason | null;
  params: Record<string, unknown>;
  field: string | null;
  /** The API's own sentence: English, shown only in the English UI and only for a rule not in the catalogue. */
  message: string | null;
}

export function refusalOf(error: unknown): Refusal {
  const graphQLError = graphQLErrorsOf(error)[0];
  const { field, reason, params } = graphQLError?.extensions ?? {};
  return {
    kind: failureKind(error),
    reason: isRefusalReason(reason) ? reason : null,
    params: params && typeof params === 'object' ? (params as Record<string, unknown>) : {},
    field: typeof field === 'string' ? field : null,
    message: graphQLError?.message ?? null,
  };
}

/** The viewer's messages and language, as `useI18n()` gives them. */
export interface Wording {
  t: (key: string, named?: Record<string, unknown>) => string;
  locale: { value: string };
}

/**
 * What was refused, in the viewer's language: the rule's own wording with its figures; for a rule
 * this dashboard does not know, the code's general advice, or in the English UI the API's words.
 * The Chinese UI never shows the API's English.
 */
export function refusalDetail({ t, locale }: Wording, refusal: Refusal): string {
  if (refusal.reason) return t(`refusals.${refusal.reason}`, refusal.params);
  if (locale.value === 'en' && refusal.message) return refusal.message;
  return t(`errors.${refusal.kind}Detail`);
}

/** A refusal as one line for a form: the coded heading in the user's language, then what was refused. */
export function failureText(wording: Wording, error: unknown): string {
  const refusal = refusalOf(error);
  return wording.t('errors.line', { heading: wording.t(`errors.${refusal.kind}`), detail: refusalDetail(wording, refusal) });
}
