/** The meeting pages' sentences: meetings list, this month's draft, agenda editing, minutes, decisions, print. */
export const meetingZh = {
  tabs: { meetings: '会议', actions: '督办事项', bulletin: '督查通报' },
  township: '乡镇',
  chooseTownship: '选择乡镇',
};

export const meetingEn: typeof meetingZh = {
  tabs: { meetings: 'Meetings', actions: 'Action items', bulletin: 'Supervision bulletin' },
  township: 'Township',
  chooseTownship: 'Choose a township',
};
