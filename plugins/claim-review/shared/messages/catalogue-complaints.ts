/**
 * The catalogue's entries for complaints (投诉), the service KPIs and the dealer scorecard,
 * kept apart so the catalogue stays readable; CATALOGUE spreads them in.
 */
export const COMPLAINT_CATALOGUE = {
  // ── errors ─────────────────────────────────────────────────────────────
  COMPLAINT_WRONG_STATE: { zh: '投诉单当前状态不允许此操作', en: "The complaint's current status does not allow this" },
  COMPLAINT_CLOSED: { zh: '投诉单已结案归档，不能修改', en: 'The complaint is closed and archived; it cannot be changed' },
  NOT_COMPLAINT_OWNER: {
    zh: '按首问负责制，只有受理该投诉的人员可以处理',
    en: 'Under first-contact responsibility, only the staff member who received the complaint may act on it',
  },

  // Dealer scorecard (经销商评级、抽查).
  SPOT_CHECK_DECIDED: { zh: '该抽查已有结论，不能再次处理', en: 'This spot check has already been decided' },
  CLAIM_IN_SETTLEMENT: {
    zh: '该索赔单已列入核销通知，不能撤销审批；请在以后的核销中做调整',
    en: 'The claim is already in a settlement; its approval cannot be reversed. Correct it with an adjustment in a later settlement',
  },
  GRADE_UNCHANGED: { zh: '经销商已是该信用等级', en: 'The dealer already has this grade' },

  // ── labels ─────────────────────────────────────────────────────────────
  'complaint.status.received': { zh: '已受理', en: 'Received' },
  'complaint.status.in_progress': { zh: '已书面通知相关部门，处理中', en: 'Departments notified, in progress' },
  'complaint.status.resolved': { zh: '已处理，待回访确认', en: 'Resolved, to be confirmed with the customer' },
  'complaint.status.closed': { zh: '已结案归档', en: 'Closed and archived' },
  'complaint.channel.phone': { zh: '来电', en: 'Phone' },
  'complaint.channel.letter': { zh: '来信', en: 'Letter' },
  'complaint.channel.visit': { zh: '来访', en: 'Visit' },
  'complaint.channel.email': { zh: '电子邮件', en: 'E-mail' },
  'complaint.channel.follow_up': { zh: '回访中提出', en: 'Raised during a follow-up call' },
  'complaint.subject.dealer': { zh: '经销商', en: 'Dealer' },
  'complaint.subject.product': { zh: '产品质量', en: 'Product' },
  'complaint.subject.staff': { zh: '服务人员', en: 'Staff member' },
  'complaint.severity.critical': { zh: '紧急', en: 'Critical' },
  'complaint.severity.major': { zh: '重要', en: 'Major' },
  'complaint.severity.minor': { zh: '一般', en: 'Minor' },
  'service.timer.complaint_critical': { zh: '紧急投诉24小时内处理完毕', en: 'Critical complaint resolved within 24 h' },
  'service.timer.complaint_major': { zh: '重要投诉3个工作日内处理完毕', en: 'Major complaint resolved within 3 working days' },
  'service.timer.complaint_minor': { zh: '一般投诉5个工作日内处理完毕', en: 'Minor complaint resolved within 5 working days' },
} as const;
