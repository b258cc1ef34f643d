import type { Core } from '@strapi/strapi';

/**
 * The content manager's list views and field labels for the master data: technical
 * staff read Chinese first, ERP people English, so labels carry both, and each list
 * shows what a clerk looks for (code, name, price). Applied once per layout version:
 * an admin's own later changes in "Configure the view" survive restarts.
 */
const LAYOUT_VERSION = 2;

const LABELS: Record<string, string> = {
  code: '编码 Code', name: '名称 Name', nameEn: '英文名称 English name', region: '区域 Region', tier: '星级 Tier',
  creditGrade: '信用等级 Credit grade', contactName: '联系人 Contact', contactPhone: '电话 Phone', address: '地址 Address',
  suspended: '暂停 Suspended', users: '门户用户 Portal users', category: '类别 Category', mainComponents: '主要部件 Main components',
  dealerPrice: '经销商结算价(分) Dealer price (fen)', guidePrice: '市场指导价(分) Guide price (fen)', serial: '车架号/出厂编号 Serial',
  model: '型号 Model', buildDate: '生产日期 Build date', dealer: '经销商 Dealer', saleDate: '销售日期 Sale date',
  registrationDate: '登记日期 Registration date', registrationLate: '逾期登记 Registered late', usageAtSale: '售出时里程/工时 Usage at sale',
  customer: '用户信息 Customer', clause: '依据条款 Clause', effectiveFrom: '生效日期 Effective from', wholeUnitMonths: '整机三包期(月) Whole unit (months)',
  mainComponentMonths: '主要部件三包期(月) Main components (months)', usageCap: '使用上限 Usage cap', usageUnit: '单位 Unit',
  refundDays: '包退期(天) Refund days', replacementDays: '包换期(天) Replacement days', repeatRepairLimit: '同一部件修理次数 Repeat repair limit', repeatFailureRule: '达到修理次数后 Repeat-failure rule',
  registrationDays: '保修卡登记期限(天) Registration days', filingDays: '索赔期限(天) Filing days', returnCutoffs: '旧件返回截止日 Return cut-offs',
  returnMinDays: '旧件最短返回期(天) Return min days', returnGraceDays: '旧件逾期宽限(天) Return grace days',
  date: '日期 Date', kind: '类型(放假/调休上班) Kind (holiday/workday)',
  duplicateWindowDays: '重复索赔窗口(天) Duplicate window', reviewHours: '审核时限(小时) Review hours', number: '配件编号 Part number',
  component: '部件代码 Component', vatRate: '税率(万分比) VAT (bp)', mustReturn: '须返旧件 Must return', wearMonths: '易损件保修期(月) Wear months',
  part: '配件 Part', description: '说明 Description', descriptionEn: '英文说明 English description', standardHours: '标准工时 Standard hours',
  hourlyRate: '工时费(分/时) Hourly rate', travelRatePerKm: '外出费(分/公里) Travel per km', travelCapKm: '外出封顶(公里) Travel cap km',
  logisticsFee: '物流费(分) Logistics fee', label: '名称 Label', labelEn: '英文名称 English label',
};

const VIEWS: Record<string, { list: string[]; mainField: string; sort: string }> = {
  'api::dealer.dealer': { list: ['code', 'name', 'region', 'tier', 'creditGrade', 'suspended'], mainField: 'name', sort: 'code' },
  'api::product-model.product-model': { list: ['code', 'name', 'category', 'dealerPrice'], mainField: 'name', sort: 'code' },
  'api::unit.unit': { list: ['serial', 'model', 'dealer', 'saleDate', 'registrationDate'], mainField: 'serial', sort: 'serial' },
  'api::warranty-policy.warranty-policy': { list: ['code', 'name', 'category', 'effectiveFrom', 'wholeUnitMonths'], mainField: 'code', sort: 'code' },
  'api::part.part': { list: ['number', 'name', 'nameEn', 'category', 'mustReturn'], mainField: 'name', sort: 'number' },
  'api::part-price.part-price': { list: ['part', 'effectiveFrom', 'dealerPrice', 'guidePrice'], mainField: 'effectiveFrom', sort: 'effectiveFrom' },
  'api::labour-operation.labour-operation': { list: ['code', 'description', 'model', 'standardHours'], mainField: 'code', sort: 'code' },
  'api::labour-rate.labour-rate': { list: ['tier', 'effectiveFrom', 'hourlyRate', 'travelRatePerKm', 'travelCapKm'], mainField: 'tier', sort: 'tier' },
  'api::reason-code.reason-code': { list: ['code', 'label', 'labelEn'], mainField: 'code', sort: 'code' },
  'api::office-calendar.office-calendar-day': { list: ['date', 'kind', 'name'], mainField: 'date', sort: 'date' },
};

export async function applyAdminLayouts(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'sanbao' });
  if (((await store.get({ key: 'admin-layout-version' })) as number | null) === LAYOUT_VERSION) return;
  const service = strapi.plugin('content-manager').service('content-types');
  for (const [uid, view] of Object.entries(VIEWS)) {
    const contentType = strapi.contentType(uid as any);
    const current = await service.findConfiguration(contentType);
    const metadatas = { ...current.metadatas };
    for (const field of Object.keys(metadatas)) {
      const label = LABELS[field];
      if (!label) continue;
      metadatas[field] = {
        ...metadatas[field],
        edit: { ...metadatas[field].edit, label },
        list: { ...metadatas[field].list, label },
      };
    }
    // Relations show the related record's name, not its id.
    if (metadatas.part) metadatas.part.edit = { ...metadatas.part.edit, mainField: 'name' };
    for (const rel of ['model', 'dealer']) if (metadatas[rel]) metadatas[rel].edit = { ...metadatas[rel].edit, mainField: 'name' };
    await service.updateConfiguration(contentType, {
      settings: { ...current.settings, mainField: view.mainField, defaultSortBy: view.sort, defaultSortOrder: 'ASC', pageSize: 20 },
      metadatas,
      layouts: { ...current.layouts, list: view.list },
    });
  }
  await store.set({ key: 'admin-layout-version', value: LAYOUT_VERSION });
}
