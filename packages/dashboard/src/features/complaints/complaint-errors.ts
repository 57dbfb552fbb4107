import { ElMessage } from 'element-plus';
import { refusalOf } from '@/lib/errors';

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
    const { kind, detail } = refusalOf(failure);
    return `${t(`errors.${kind}`)}${detail ? `：${detail}` : ''}`;
  }
}
