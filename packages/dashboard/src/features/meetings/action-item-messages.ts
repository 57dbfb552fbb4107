/** The action-item tracker's, the supervision bulletin's and the overview tile's sentences (督办事项, 督查通报). */
export const actionItemsZh = {
  title: '督办事项',
};

export const actionItemsEn: typeof actionItemsZh = {
  title: 'Action items',
};
