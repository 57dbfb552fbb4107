import type { Ref } from 'vue';
import { ElMessage } from 'element-plus';
import { failureText } from '@/lib/errors';

type Translate = (key: string) => string;

/** Runs one edit and says how it went in a toast: `done` on success, the refusal's words otherwise. */
export async function announce(t: Translate, step: () => Promise<unknown>, done: string): Promise<void> {
  try {
    await step();
    ElMessage.success(done);
  } catch (error) {
    ElMessage.error(failureText(t, error));
  }
}

/**
 * Sends a form: on success a toast says `done` and it resolves true; a refusal is put in `problem`
 * (shown in the form, which stays open with what was typed) and it resolves false.
 */
export async function submitForm(t: Translate, problem: Ref<string | null>, step: () => Promise<unknown>, done: string): Promise<boolean> {
  try {
    await step();
    problem.value = null;
    ElMessage.success(done);
    return true;
  } catch (error) {
    problem.value = failureText(t, error);
    return false;
  }
}
