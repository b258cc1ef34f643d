import type { Bilingual } from '../contracts/money';
import { COMPLAINT_CATALOGUE } from './catalogue-complaints';

/**
 * The one bilingual catalogue. Keys are finding codes (with `.variant` where one code
 * has several causes), error reasons, `validation.*` codes and `clause.*` texts.
 * Chinese follows the company handbooks: 三包, 三包回执卡, 主要部件, 易损件, 不予认定,
 * 三包维修记录, 旧件, 核销, 经销商结算价, 服务收费标准.
 * `{name}` placeholders are filled by `message`.
 */
export const CATALOGUE = {
  ...COMPLAINT_CATALOGUE,
  // ── findings ────────────────────────────────────────────────────────────
  UNIT_NOT_FOUND: {
    zh: '未找到编号为 {serial} 的产品档案，或该产品不属于本经销商',
    en: 'No unit with serial {serial} in your dealer network',
  },
  UNIT_NOT_REGISTERED: {
    zh: '产品 {serial} 尚未登记三包回执卡（保修卡），没有销售日期',
    en: 'Unit {serial} has no warranty card registered, so it has no sale date',
  },
  REGISTRATION_LATE: {
    zh: '三包回执卡于 {registrationDate} 返回，超过销售后 {days} 天的期限（{deadline}），该产品的三包服务不予认定',
    en: 'The warranty card was registered on {registrationDate}, after the {days}-day deadline ({deadline}); warranty work on this unit is not recognised',
  },
  POLICY_NOT_FOUND: {
    zh: '型号 {model} 在销售日期没有适用的三包政策',
    en: 'No warranty policy applies to model {model} on its sale date',
  },
  DATES_INVALID: {
    zh: '日期不合理',
    en: 'The dates are not consistent',
  },
  'DATES_INVALID.failure_after_repair': {
    zh: '故障日期 {failureDate} 晚于维修日期 {repairDate}',
    en: 'Failure date {failureDate} is after repair date {repairDate}',
  },
  'DATES_INVALID.repair_in_future': {
    zh: '维修日期 {repairDate} 晚于今天（{today}）',
    en: 'Repair date {repairDate} is in the future (today is {today})',
  },
  'DATES_INVALID.failure_before_sale': {
    zh: '故障日期 {failureDate} 早于销售日期 {saleDate}',
    en: 'Failure date {failureDate} is before the sale date {saleDate}',
  },
  'DATES_INVALID.signed_before_failure': {
    zh: '用户签字确认日期 {signedAt} 早于故障日期 {failureDate}',
    en: "The customer's confirmation date {signedAt} is before the failure date {failureDate}",
  },
  'DATES_INVALID.signed_in_future': {
    zh: '用户签字确认日期 {signedAt} 晚于今天（{today}）',
    en: "The customer's confirmation date {signedAt} is in the future (today is {today})",
  },
  'DATES_INVALID.handover_before_failure': {
    zh: '送修日期 {handedOverAt} 早于故障日期 {failureDate}',
    en: 'The hand-over date {handedOverAt} is before the failure date {failureDate}',
  },
  'DATES_INVALID.return_before_handover': {
    zh: '交车日期 {returnedAt} 早于送修日期 {handedOverAt}',
    en: 'The return date {returnedAt} is before the hand-over date {handedOverAt}',
  },
  'DATES_INVALID.return_in_future': {
    zh: '交车日期 {returnedAt} 晚于今天（{today}）',
    en: 'The return date {returnedAt} is after today ({today})',
  },
  OUT_OF_WARRANTY: {
    zh: '已超出三包有效期',
    en: 'Out of warranty',
  },
  'OUT_OF_WARRANTY.whole_unit': {
    zh: '故障日期 {failureDate} 超出整机三包有效期（截至 {until}）',
    en: 'Failure date {failureDate} is after the whole-unit warranty ended ({until})',
  },
  'OUT_OF_WARRANTY.main_component': {
    zh: '故障日期 {failureDate} 超出主要部件 {component} 的三包有效期（截至 {until}）',
    en: 'Failure date {failureDate} is after the warranty of main component {component} ended ({until})',
  },
  'OUT_OF_WARRANTY.wear_part': {
    zh: '易损件 {partNumber} 的保修期为 {months} 个月，已于 {until} 届满',
    en: 'Wear part {partNumber} is covered for {months} months, which ended on {until}',
  },
  'OUT_OF_WARRANTY.other_part': {
    zh: '配件 {partNumber}（{component}）不属于主要部件，其三包有效期已于 {until} 届满，不随主要部件的三包有效期延长',
    en: 'Part {partNumber} ({component}) is not of a main component: its cover ended on {until} and does not share the main component’s longer period',
  },
  USAGE_REQUIRED: {
    zh: '该三包政策限定使用量，必须填写里程表/计时表读数（{unit}）',
    en: 'This policy caps usage: the odometer or hour-meter reading ({unit}) is required',
  },
  'USAGE_REQUIRED.unit': {
    zh: '使用量单位应为 {unit}，填写的是 {given}，无法核对三包上限',
    en: 'Usage must be given in {unit}, not {given}, so that the cap can be checked',
  },
  USAGE_OVER_CAP: {
    zh: '使用量 {value} {unit} 超过三包上限 {cap} {unit}',
    en: 'Usage {value} {unit} is over the warranty cap of {cap} {unit}',
  },
  REMEDY_NOT_ALLOWED: {
    zh: '该处理方式不符合三包规定',
    en: 'This remedy is not allowed',
  },
  'REMEDY_NOT_ALLOWED.refund': {
    zh: '故障日期 {failureDate} 已过包退期（销售后 {days} 天，截至 {until}），不能退货',
    en: 'Failure date {failureDate} is after the refund window ({days} days from sale, until {until})',
  },
  'REMEDY_NOT_ALLOWED.replacement': {
    zh: '故障日期 {failureDate} 已过包换期（销售后 {days} 天，截至 {until}），不能换货',
    en: 'Failure date {failureDate} is after the replacement window ({days} days from sale, until {until})',
  },
  'REMEDY_NOT_ALLOWED.refund_component': {
    zh: '包退期内仅 {components} 的故障可以退货，本次故障部件为 {component}',
    en: 'In the refund window only faults of {components} allow a refund; this fault is in {component}',
  },
  'REMEDY_NOT_ALLOWED.replacement_component': {
    zh: '包换期内仅 {components} 的故障可以换货，本次故障部件为 {component}',
    en: 'In the replacement window only faults of {components} allow a replacement; this fault is in {component}',
  },
  PART_NOT_PRICED: {
    zh: '配件 {partNumber} 不在配件价目表中',
    en: 'Part {partNumber} is not on the price list',
  },
  'PART_NOT_PRICED.no_price': {
    zh: '配件 {partNumber} 在 {date} 没有有效的经销商结算价',
    en: 'Part {partNumber} has no dealer price valid on {date}',
  },
  PART_CORE: {
    zh: '配件 {partNumber} 为核心件，不单独供应、不单独计价',
    en: 'Part {partNumber} is a core part: it is not priced or supplied on its own',
  },
  OPERATION_UNKNOWN: {
    zh: '工时项目 {operation} 不在工时标准中',
    en: 'Labour operation {operation} is not in the labour standard',
  },
  LABOUR_OVER_STANDARD: {
    zh: '工时项目 {operation} 申报 {hours} 小时，超过标准工时 {standard} 小时',
    en: 'Operation {operation} claims {hours} h, over its standard of {standard} h',
  },
  TRAVEL_OVER_CAP: {
    zh: '外出服务里程 {km} 公里超过封顶 {cap} 公里，按 {cap} 公里结算',
    en: 'Travel of {km} km is over the cap of {cap} km; {cap} km are paid',
  },
  RATE_NOT_FOUND: {
    zh: '{date} 没有适用于 {tier} 星级经销商的服务收费标准',
    en: 'No labour rate for dealer tier {tier} is valid on {date}',
  },
  FILED_LATE: {
    zh: '维修日期 {repairDate} 后 {days} 天内未提交三包维修记录（截至 {deadline}）',
    en: 'Filed after the deadline: {days} days from the repair date {repairDate}, i.e. {deadline}',
  },
  DUPLICATE_CLAIM: {
    zh: '配件 {partNumber} 已在索赔单 {claimNumber}（维修日期 {repairDate}）中申报，{days} 天内重复索赔',
    en: 'Part {partNumber} was already claimed in {claimNumber} (repaired {repairDate}), within {days} days',
  },
  REPEAT_FAILURE: {
    zh: '主要部件 {component} 在三包有效期内已修理 {count} 次（规定 {limit} 次），本次故障可换货或退货',
    en: 'Main component {component} has been repaired {count} times under warranty (limit {limit}): replacement or refund is due',
  },
  'REPEAT_FAILURE.part': {
    zh: '主要部件 {component} 在三包有效期内已修理 {count} 次（规定 {limit} 次），应免费更换该主要部件；更换后仍出现故障的，方可更换整机',
    en: 'Main component {component} has been repaired {count} times under warranty (limit {limit}): the part is replaced free of charge; the whole unit only if it fails again',
  },
  'REPEAT_FAILURE.unit': {
    zh: '主要部件 {component} 修理 {count} 次并已更换后再次故障，应免费更换整机',
    en: 'Main component {component} failed again after {count} repairs and its replacement: the whole unit is exchanged free of charge',
  },
  'REPEAT_FAILURE.safety_fault': {
    zh: '{component} 在三包有效期内已修理 {count} 次（规定 {limit} 次）；仅当该故障属于严重安全性能故障时可换货或退货，请鉴定确认',
    en: '{component} has been repaired {count} times under warranty (limit {limit}): replacement or refund is due only if this is a serious safety fault, which the reviewer confirms',
  },
  SAME_PROBLEM_LIMIT: {
    zh: '同一质量问题（{component}）在三包有效期内已修理 {count} 次，超过 {limit} 次，可换货或退货',
    en: 'The same problem ({component}) has been repaired {count} times under warranty, more than {limit}: replacement or refund is due',
  },
  ASSEMBLY_REPLACED_LIMIT: {
    zh: '主要总成 {component} 在三包有效期内已更换 {count} 次（规定 {limit} 次），可换货或退货',
    en: 'Major assembly {component} has been replaced {count} times under warranty (limit {limit}): replacement or refund is due',
  },
  REPAIR_DAYS_LIMIT: {
    zh: '三包有效期内累计修理 {days} 日，超过 {limit} 日，可换货或退货',
    en: '{days} cumulative repair days under warranty, more than {limit}: replacement or refund is due',
  },
  REPAIR_TIME_EXCEEDED: {
    zh: '自 {from} 起至修复用了 {days} 个工作日，超过修理期限 {limit} 个工作日，用户可要求免费更换整机',
    en: 'The repair took {days} working days from {from}, over the limit of {limit}: the user may have the unit exchanged',
  },
  LOANER_DUE: {
    zh: '本次修理占用 {days} 日，超过 {limit} 日，应为车主提供备用车或交通费用补偿',
    en: 'This repair took {days} days, more than {limit}: the owner was owed a loaner car or a transport allowance',
  },
  BUSY_SEASON_LATE: {
    zh: '农忙季节故障，自报修送修至修复用了 {days} 日，超过 {limit} 日的期限',
    en: 'Busy-season fault repaired {days} days after it was reported, over the limit of {limit} days',
  },
  RETURN_OVERDUE: {
    zh: '索赔单 {claimNumber} 的旧件应于 {dueDate} 前返回公司，逾期未返回，三包费用不予核销',
    en: 'Returned parts of claim {claimNumber} were due by {dueDate}; without them the claim cannot be settled',
  },

  // ── errors ──────────────────────────────────────────────────────────────
  VALIDATION_FAILED: { zh: '提交的数据有误，请检查标出的字段', en: 'The request has invalid fields' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in' },
  FORBIDDEN: { zh: '无权执行此操作', en: 'You may not do this' },
  NOT_FOUND: { zh: '未找到', en: 'Not found' },
  CONFLICT: { zh: '与当前数据冲突', en: 'This conflicts with the current state' },
  PRECHECK_FAILED: {
    zh: '预审未通过，请先处理标为错误的项目',
    en: 'The precheck found errors; fix them before submitting',
  },
  ALREADY_REGISTERED: { zh: '该产品已登记三包回执卡', en: 'This unit is already registered' },
  IDEMPOTENCY_KEY_REUSED: {
    zh: '该幂等键已用于另一份不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  WRONG_STATE: { zh: '索赔单当前状态不允许此操作', en: "The claim's current status does not allow this" },
  WRONG_ACTOR: { zh: '您的角色不能执行此操作', en: 'Your role cannot do this' },
  STALE_VERSION: {
    zh: '索赔单已被他人修改，请刷新后重试',
    en: 'The claim was changed by someone else; reload and try again',
  },
  NOTHING_TO_SETTLE: {
    zh: '该经销商在此期间没有可核销的索赔单',
    en: 'The dealer has no claims ready to settle in this period',
  },
  SETTLEMENT_ISSUED: {
    zh: '三包费用核销通知已发出，不能再修改',
    en: 'The settlement notice is issued and cannot change',
  },
  ALREADY_SETTLED: { zh: '索赔单已在其他核销通知中', en: 'The claim is already in another settlement' },
  ALREADY_SHIPPED: { zh: '该旧件已在另一张返回发运单中', en: 'This part is already on another return shipment' },
  ALREADY_ACKNOWLEDGED: { zh: '该质量预警已被确认', en: 'This quality alert is already acknowledged' },
  DEALER_SUSPENDED: { zh: '经销商已被暂停', en: 'The dealer is suspended' },
  SHEET_TOO_LARGE: {
    zh: '表格文件解压后超过 {maxMb} MB，未读取（可能是压缩炸弹）',
    en: 'The spreadsheet unpacks to more than {maxMb} MB and was not read (it may be a zip bomb)',
  },
  SHEET_TOO_MANY_ROWS: { zh: '表格超过 {max} 行，未读取；请分批导入', en: 'The sheet has more than {max} rows and was not read; import it in parts' },
  // Answers the errors middleware gives when the failure is not the plugin's own reason.
  PAYLOAD_TOO_LARGE: { zh: '上传的文件或请求过大（每个文件不超过 10 MB）', en: 'The request or a file in it is too large (10 MB at most per file)' },
  INTERNAL_ERROR: { zh: '服务器内部错误，请稍后重试', en: 'Internal server error; please try again later' },

  // ── service desk errors (报修、售后派工单、维修服务回执单、回访) ─────────────
  PHONE_INVALID: {
    zh: '联系电话不是有效的中国手机号码或固定电话号码',
    en: 'The phone number is not a Chinese mobile or landline number',
  },
  REASON_REQUIRED: { zh: '此操作须填写原因', en: 'This needs a reason' },
  TIME_IN_FUTURE: { zh: '填写的时间晚于当前时间', en: 'The time given is in the future' },
  TIME_BEFORE_DISPATCH: { zh: '填写的时间早于派工时间', en: 'The time given is before the work order was dispatched' },
  APPOINTMENT_IN_PAST: { zh: '约定的上门时间已经过去', en: 'The appointment time is in the past' },
  APPOINTMENT_TOO_FAR: { zh: '约定的上门时间超过 30 天之后，请核对日期', en: 'The appointment is more than 30 days ahead: check the date' },
  RECEIPT_BEFORE_ARRIVAL: {
    zh: '维修服务回执单的完成时间早于到达客户处的时间，或尚未登记到达',
    en: 'The receipt is dated before the arrival on site, or no arrival is recorded',
  },
  FOLLOW_UP_BEFORE_COMPLETION: {
    zh: '售后服务尚未结束，不能回访',
    en: 'The service has not ended yet, so there is nothing to follow up',
  },
  REQUEST_WRONG_STATE: { zh: '报修单当前状态不允许此操作', en: "The service request's current status does not allow this" },
  WORK_ORDER_WRONG_STATE: { zh: '售后派工单当前状态不允许此操作', en: "The work order's current status does not allow this" },
  CLAIM_NEEDS_SERIAL: {
    zh: '报修单未登记产品编号，不能生成三包索赔单',
    en: 'The service request has no unit serial, so no warranty claim can be filed',
  },
  RECEIPT_OUT_OF_WARRANTY: {
    zh: '维修服务回执单为保外维修，不能申请三包索赔',
    en: 'The receipt is for out-of-warranty work, so no warranty claim can be filed',
  },

  // ── service desk labels: statuses, channels and timers ─────────────────
  'service.status.received': { zh: '已登记', en: 'Received' },
  'service.status.guidance': { zh: '电话指导', en: 'Guided by phone' },
  'service.status.dispatched': { zh: '已派工', en: 'Dispatched' },
  'service.status.in_service': { zh: '上门服务中', en: 'In service' },
  'service.status.completed': { zh: '服务完成', en: 'Completed' },
  'service.status.followed_up': { zh: '已回访', en: 'Followed up' },
  'service.status.reopened': { zh: '回访未满意，继续跟踪', en: 'Reopened' },
  'service.status.closed': { zh: '已关闭', en: 'Closed' },
  'work_order.status.dispatched': { zh: '待接单', en: 'Awaiting the dealer' },
  'work_order.status.accepted': { zh: '已接单', en: 'Accepted' },
  'work_order.status.declined': { zh: '已拒单', en: 'Declined' },
  'work_order.status.contacted': { zh: '已联系客户', en: 'Customer contacted' },
  'work_order.status.scheduled': { zh: '已约定上门时间', en: 'Appointment set' },
  'work_order.status.on_site': { zh: '已到达客户处', en: 'On site' },
  'work_order.status.completed': { zh: '维修完成', en: 'Completed' },
  'work_order.status.returned_to_coordinator': { zh: '联系不上客户，已退回售后内勤', en: 'Returned to the coordinator' },
  'work_order.status.reassigned': { zh: '已改派', en: 'Reassigned' },
  'service.channel.phone': { zh: '来电', en: 'Phone' },
  'service.channel.letter': { zh: '来信', en: 'Letter' },
  'service.channel.visit': { zh: '来访', en: 'Visit' },
  'service.channel.portal': { zh: '经销商门户', en: 'Dealer portal' },
  'service.timer.arrange': { zh: '2小时内做出安排', en: 'Arrange within 2 h' },
  'service.timer.check': { zh: '4小时内督促检查', en: 'Check within 4 h' },
  'service.timer.on_site': { zh: '3小时内上门服务', en: 'On site within 3 h' },
  'service.timer.follow_up': { zh: '售后结束24小时内回访', en: 'Follow up within 24 h of the service' },
  'service.timer.guidance_follow_up': { zh: '电话指导后3小时内回访', en: 'Follow up within 3 h of phone guidance' },

  // ── field validation ───────────────────────────────────────────────────
  'validation.required': { zh: '必填', en: 'Required' },
  'validation.invalid_type': { zh: '类型不正确', en: 'Wrong type' },
  'validation.too_small': { zh: '数值过小', en: 'Too small' },
  'validation.too_big': { zh: '数值过大', en: 'Too large' },
  'validation.too_long': { zh: '内容过长', en: 'Too long' },
  'validation.too_many': { zh: '条目过多', en: 'Too many items' },
  'validation.too_few': { zh: '条目过少', en: 'Too few items' },
  'validation.invalid_enum': { zh: '不是可选的值', en: 'Not one of the allowed values' },
  'validation.invalid_date': { zh: '不是有效日期（YYYY-MM-DD）', en: 'Not a valid date (YYYY-MM-DD)' },
  'validation.invalid_format': { zh: '格式不正确', en: 'Wrong format' },
  'validation.invalid_characters': { zh: '含有不可见的控制字符', en: 'Contains invisible control characters' },
  'validation.invalid_text': { zh: '含有无效字符（不完整的 UTF-16 代理项）', en: 'Contains an invalid character (half of a UTF-16 surrogate pair)' },
  'validation.not_integer': { zh: '必须为整数', en: 'Must be a whole number' },
  'validation.too_precise': { zh: '最多一位小数', en: 'At most one decimal place' },
  'validation.invalid_range': { zh: '结束日期早于开始日期', en: 'The end is before the start' },
  'validation.unknown_line': { zh: '索赔单中没有此行', en: 'No such line on the claim' },
  'validation.not_adjustable': { zh: '此行不能调整数量或工时', en: 'This line cannot be adjusted' },
  'validation.not_settled': { zh: '只能调整本经销商已由核销通知结算的索赔单', en: 'Only a claim of this dealer settled by an issued notice can be adjusted' },
  'validation.phone_invalid': { zh: '不是有效的手机号码或固定电话号码', en: 'Not a Chinese mobile or landline number' },
  'validation.signature_invalid': { zh: '签字须为 PNG 图片', en: 'The signature must be a PNG image' },
  'validation.in_future': { zh: '时间晚于当前时间', en: 'In the future' },
  'validation.in_past': { zh: '时间已经过去', en: 'In the past' },
  'validation.too_far': { zh: '时间太远', en: 'Too far ahead' },
  'validation.before_dispatch': { zh: '早于派工时间', en: 'Before the dispatch' },
  'validation.before_arrival': { zh: '早于到达时间', en: 'Before the arrival' },
  'validation.before_completion': { zh: '早于售后服务结束时间', en: 'Before the service ended' },
  'validation.not_found': { zh: '不存在或不可用', en: 'Not found, or not available' },
  'validation.same_dealer': { zh: '改派须选择另一家经销商', en: 'Reassign to another dealer' },
  'validation.invalid': { zh: '无效', en: 'Invalid' },
  'validation.too_many_pixels': { zh: '图片像素过多（宽×高不超过 4000 万）', en: 'The image has too many pixels (width × height at most 40 million)' },
  'validation.corrupt': { zh: '文件已损坏，无法读取', en: 'The file is damaged and cannot be read' },

  // ── clauses ──────────────────────────────────────────────────────────────
  'clause.registration': {
    zh: '{policy}：产品销售 {days} 日内将三包回执卡返回公司，否则三包服务不予认定',
    en: '{policy}: the warranty card is due within {days} days of sale, or warranty work is not recognised',
  },
  'clause.whole_unit': {
    zh: '{policy}：整机三包有效期 {months} 个月',
    en: '{policy}: whole-unit warranty {months} months',
  },
  'clause.main_component': {
    zh: '{policy}：主要部件三包有效期 {months} 个月',
    en: '{policy}: main components {months} months',
  },
  'clause.warranty': {
    zh: '{policy}：包修期 {months} 个月',
    en: '{policy}: repair warranty {months} months',
  },
  'clause.wear_part': {
    zh: '{policy}：易损件按其自身保修期（{months} 个月）三包',
    en: '{policy}: wear parts are covered for their own period ({months} months)',
  },
  'clause.usage_cap': {
    zh: '{policy}：三包使用量上限 {cap} {unit}',
    en: '{policy}: usage cap {cap} {unit}',
  },
  'clause.refund': {
    zh: '{policy}：售出 {days} 日内发生性能故障可退货',
    en: '{policy}: refund for a performance failure within {days} days of sale',
  },
  'clause.replacement': {
    zh: '{policy}：售出 {days} 日内发生性能故障可换货',
    en: '{policy}: replacement for a performance failure within {days} days of sale',
  },
  'clause.early_remedy': {
    zh: '{policy}：{days} 日或 {usage} 公里内 {components} 故障，可选择换货或退货',
    en: '{policy}: within {days} days or {usage} km, a fault of {components} allows replacement or refund',
  },
  'clause.repeat_repair': {
    zh: '{policy}：三包有效期内同一主要部件修理 {limit} 次后再次故障，可换货或退货',
    en: '{policy}: after {limit} repairs of the same main component under warranty, the next failure is remedied by replacement or refund',
  },
  'clause.repeat_repair_farm': {
    zh: '{policy}：同一主要部件因同一严重质量问题修理 {limit} 次后仍出现故障的，免费更换该主要部件；更换后仍出现故障的，免费更换整机',
    en: '{policy}: after {limit} repairs of a main part for the same serious fault, the part is replaced free; if it fails after that, the whole unit is exchanged',
  },
  'clause.repeat_repair_safety': {
    zh: '{policy}：严重安全性能故障累计修理 {limit} 次仍未排除的，可换货或退货（仅限严重安全性能故障）',
    en: '{policy}: a serious safety fault repaired {limit} times without success allows replacement or refund (serious safety faults only)',
  },
  'clause.loaner': {
    zh: '{policy}：一次修理占用时间超过 {limit} 日的，应提供备用车或交通费用补偿',
    en: '{policy}: a single repair taking more than {limit} days entitles the owner to a loaner car or a transport allowance',
  },
  'clause.usage_reading': {
    zh: '{policy}：三包期限以时间和使用量（{unit}）先到者为准，须记录读数',
    en: '{policy}: cover ends at a time or a usage ({unit}), whichever comes first, so the reading is recorded',
  },
  'clause.same_problem': {
    zh: '{policy}：同一质量问题累计修理超过 {limit} 次，可换货或退货',
    en: '{policy}: the same problem repaired more than {limit} times allows replacement or refund',
  },
  'clause.assembly_replaced': {
    zh: '{policy}：主要总成累计更换 {limit} 次，可换货或退货',
    en: '{policy}: a major assembly replaced {limit} times allows replacement or refund',
  },
  'clause.repair_days': {
    zh: '{policy}：累计修理时间超过 {limit} 日（每满24小时为1日，不足24小时按1日计），可换货或退货',
    en: '{policy}: more than {limit} cumulative repair days (each 24 h or part of it) allow replacement or refund',
  },
  'clause.repair_time': {
    zh: '{policy}：自送修之日起 {limit} 个工作日内完成修理，逾期未修好的免费更换整机',
    en: '{policy}: a repair is finished within {limit} working days of the hand-over, or the unit is exchanged free',
  },
  'clause.busy_season': {
    zh: '{policy}：农忙季节整机或主要部件故障 {mainDays} 日内修复，易损件故障 {wearDays} 日内修复',
    en: '{policy}: in the busy season a whole-unit or main-part fault is fixed within {mainDays} days, a wear-part fault within {wearDays}',
  },
  'clause.filing': {
    zh: '{policy}：维修后 {days} 日内提交三包维修记录',
    en: '{policy}: the claim is filed within {days} days of the repair',
  },
  'clause.duplicate': {
    zh: '{policy}：同一产品同一配件 {days} 日内重复索赔须核查',
    en: '{policy}: the same part on the same unit claimed again within {days} days is checked',
  },
  'clause.return': {
    zh: '{policy}：旧件须在返件截止日前返回公司，否则财务部对三包费用不予核销',
    en: '{policy}: returned parts are due by the cut-off date, or the claim is not settled',
  },
  'clause.labour_standard': {
    zh: '服务收费标准：{operation} 标准工时 {standard} 小时',
    en: 'Service fee standard: {operation} takes {standard} h',
  },
  'clause.travel_cap': {
    zh: '服务收费标准：外出服务里程费封顶 {cap} 公里',
    en: 'Service fee standard: travel is paid up to {cap} km',
  },
  'clause.price_list': {
    zh: '配件价目表：按维修日期有效的经销商结算价结算；核心件不单独计价',
    en: 'Parts price list: dealer price valid on the repair date; core parts carry no price',
  },
} as const satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof CATALOGUE;
