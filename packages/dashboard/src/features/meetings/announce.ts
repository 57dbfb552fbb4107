import type { Ref } from 'vue';
import { ElMessage } from 'element-plus';
import { failureText, type Wording } from '@/lib/errors';

/** Runs one edit and says how it went in a toast: `done` on success, the refusal's words otherwise. */
export async function announce(wording: Wording, step: () => Promise<unknown>, done: string): Promise<void> {
  try {
    await step();
    ElMessage.success(done);
  } catch (error) {
    ElMessage.error(failureText(wording, error));
  }
}

/**
 * Sends a form: on success a toast says `done` and it resolves true; a refusal is put in `problem`
 * (shown in the form, which stays open with what was typed) and it resolves false.
 */
export async function submitForm(wording: Wording, problem: Ref<string | null>, step: () => Promise<unknown>, done: string): Promise<boolean> {
  try {
    await step();
    problem.value = null;
    ElMessage.success(done);
    return true;
  } catch (error) {
    problem.value = failureText(wording, error);
    return false;
  }
}
