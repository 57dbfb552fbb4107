import { computed, ref, type Ref } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import {
  GetSurveyImportsDocument,
  GetSurveyImportTemplateDocument,
  ImportSurveyResponsesDocument,
  type ImportFileFormat,
  type ImportMode,
  type ImportSurveyResponsesMutation,
} from '@/gql/graphql';
import { downloadBase64, fileToBase64 } from './survey-display';

/** The API's limit, checked here too so a large file fails before it is sent. */
export const MAX_IMPORT_BYTES = 512 * 1024;

export type ImportReport = ImportSurveyResponsesMutation['importSurveyResponses'];

export function formatOf(fileName: string): ImportFileFormat | null {
  const extension = fileName.toLowerCase().split('.').pop();
  return extension === 'csv' ? 'CSV' : extension === 'xlsx' ? 'XLSX' : null;
}

export function useSurveyImport(campaignId: Ref<string | null>) {
  const { client } = useApolloClient();
  const history = useQuery(
    GetSurveyImportsDocument,
    () => ({ id: campaignId.value ?? '' }),
    () => ({ enabled: Boolean(campaignId.value), fetchPolicy: 'cache-and-network' }),
  );
  const { mutate, loading: importing, error: importError } = useMutation(ImportSurveyResponsesDocument);
  const report = ref<ImportReport | null>(null);

  async function downloadTemplate(format: ImportFileFormat) {
    if (!campaignId.value) return;
    const { data } = await client.query({
      query: GetSurveyImportTemplateDocument,
      variables: { campaignId: campaignId.value, format },
      fetchPolicy: 'no-cache',
    });
    downloadBase64(data.surveyImportTemplate);
  }

  async function submit(file: File, mode: ImportMode, dryRun: boolean) {
    const format = formatOf(file.name);
    if (!campaignId.value || !format) return;
    report.value = null;
    const result = await mutate({
      input: { campaignId: campaignId.value, fileName: file.name, format, contentBase64: await fileToBase64(file), mode, dryRun },
    });
    report.value = result?.data?.importSurveyResponses ?? null;
    if (report.value?.committed) await history.refetch();
  }

  return {
    report,
    importing,
    importError,
    downloadTemplate,
    submit,
    imports: computed(() => history.result.value?.surveyCampaign.imports ?? []),
    progress: computed(() =>
      (history.result.value?.surveyCampaign.sampleVillages ?? []).reduce((s, v) => ({ answered: s.answered + v.answered, sampled: s.sampled + v.sampled }), {
        answered: 0,
        sampled: 0,
      }),
    ),
    historyError: history.error,
  };
}
