export const PLUGIN_ID = 'claim-review';

/** Staff actions; the admin role editor shows them under Plugins → Claim review. */
export const RBAC_ACTIONS = [
  { uid: 'claims.read', displayName: 'Read claims / 查看索赔' },
  { uid: 'claims.review', displayName: 'Review claims / 技术鉴定' },
  { uid: 'parts.inspect', displayName: 'Inspect returned parts / 旧件检验' },
  { uid: 'settlements.manage', displayName: 'Manage settlements / 核销管理' },
  { uid: 'settlements.read', displayName: 'Read settlements / 查看核销' },
  { uid: 'analytics.read', displayName: 'Read quality analytics / 质量分析' },
  { uid: 'price-lists.manage', displayName: 'Import and export price lists / 配件价目表导入导出' },
  { uid: 'service.intake', displayName: 'Register calls / 来电登记' },
  { uid: 'service.dispatch', displayName: 'Dispatch work orders / 派工' },
  { uid: 'service.follow-up', displayName: 'Follow-up calls / 回访' },
  // Complaints (投诉).
  { uid: 'service.complaint', displayName: 'Handle complaints / 投诉处理' },
  // Service KPIs
  { uid: 'service.kpi', displayName: 'Service KPIs / 服务指标' },
  // Dealer scorecard: set a dealer's credit grade (with a reason, audited).
  { uid: 'dealers.grade', displayName: 'Grade dealers / 经销商评级' },
].map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID }));

export const actionId = (uid: string) => `plugin::${PLUGIN_ID}.${uid}`;

/** Admin roles the plugin keeps in place at every start (segregation of duties). */
export const STAFF_ROLES = [
  {
    name: 'Technical reviewer',
    code: 'claim-review-technical-reviewer',
    description: '技术部：三包鉴定、旧件检验 / Appraises claims, inspects returned parts',
    actions: ['claims.read', 'claims.review', 'parts.inspect'],
  },
  {
    name: 'Finance',
    code: 'claim-review-finance',
    description: '财务部：三包费用核销 / Audits approved claims, issues settlements',
    actions: ['claims.read', 'settlements.manage', 'settlements.read', 'analytics.read', 'service.kpi'],
  },
  {
    name: 'Service coordinator',
    code: 'claim-review-service-coordinator',
    description: '销售内勤：来电登记、派工、回访、投诉处理、跟踪时效 / Registers calls, dispatches, follows up, handles complaints, watches the deadlines',
    // dealers.grade: seed 000 gives the sales side (销售业务员) the spot checks of dealers and their downgrade.
    actions: ['claims.read', 'analytics.read', 'service.intake', 'service.dispatch', 'service.follow-up', 'service.complaint', 'service.kpi', 'dealers.grade'],
  },
];

/** The users-permissions role whose users reach the dealer API. */
export const DEALER_ROLE = { name: 'Dealer', type: 'dealer', description: '经销商门户用户 / Dealer portal users' };
