import { ref } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import { useRoute, useRouter } from 'vue-router';
import type { AppApolloClient } from '@/lib/apollo';
import { failureKind, retryAfterOf, type FailureKind } from '@/lib/errors';
import { signIn, signOut } from './session';

/** Where to go after signing in: the page the guard interrupted, if it is one of ours. */
export function safeRedirect(target: unknown): string {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

export function useSignIn() {
  const client = useApolloClient().resolveClient() as AppApolloClient;
  const router = useRouter();
  const route = useRoute();
  const submitting = ref(false);
  const failure = ref<FailureKind | null>(null);
  /** Seconds to wait before the next attempt, when the API throttled this one. */
  const retryAfter = ref<number | null>(null);

  async function submit(username: string, password: string) {
    submitting.value = true;
    failure.value = null;
    try {
      await signIn(client, username, password);
      await router.replace(safeRedirect(route.query.redirect));
    } catch (error) {
      failure.value = failureKind(error);
      retryAfter.value = retryAfterOf(error);
    } finally {
      submitting.value = false;
    }
  }
  return { submit, submitting, failure, retryAfter };
}

export function useSignOut() {
  const client = useApolloClient().resolveClient() as AppApolloClient;
  const router = useRouter();
  return async function signOutAndLeave() {
    await signOut(client).catch(() => undefined);
    await router.replace({ name: 'sign-in' });
  };
}
