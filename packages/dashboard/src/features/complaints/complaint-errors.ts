import { ElMessage } from 'element-plus';
import { failureKind, type FailureKind } from '@/app/errors';

/** The API's own words for a refused step (they name the rule broken), with the coded kind for the heading. */
export function stepFailure(error: unknown): { kind: FailureKind; detail: string | null; field: string | null } {
  const graphQLError = (error as { graphQLErrors?: { message: string; extensions?: { field?: unknown } }[] })?.graphQLErrors?.[0];
  const field = graphQLError?.extensions?.field;
  return { kind: failureKind(error), detail: graphQLError?.message ?? null, field: typeof field === 'string' ? field : null };
}

/**
 * Runs a settings mutation and says how it went: null after a success (announced with `saved`),
 * else the text to show in the form, the API's words under the coded heading.
 */
export async function saveSetting(t: (key: string) => string, mutation: () => Promise<unknown>, saved: string): Promise<string | null> {
  try {
    await mutation();
    ElMessage.success(saved);
    return null;
  } catch (failure) {
    const { kind, detail } = stepFailure(failure);
    return `${t(`errors.${kind}`)}${detail ? `：${detail}` : ''}`;
  }
}
