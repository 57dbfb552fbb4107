import { ElMessage } from 'element-plus';
import { failureText, type Wording } from '@/lib/errors';

/**
 * Runs a settings mutation and says how it went: null after a success (announced with `saved`),
 * else the text to show in the form: what was refused, under the coded heading.
 */
export async function saveSetting(wording: Wording, mutation: () => Promise<unknown>, saved: string): Promise<string | null> {
  try {
    await mutation();
    ElMessage.success(saved);
    return null;
  } catch (failure) {
    return failureText(wording, failure);
  }
}
