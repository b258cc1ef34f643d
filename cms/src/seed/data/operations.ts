/**
 * Labour operations (工时项目) with their standard hours. Most are model-specific
 * because the same job takes very different time on a tricycle and on a tractor; the
 * few without a model apply to every model. Hours have one decimal, as the schema and
 * the precheck's tenths-of-an-hour arithmetic expect.
 */
export interface OperationSeed {
  code: string;
  description: string;
  descriptionEn: string;
  /** Model code, or absent for an operation valid on every model. */
  model?: string;
  standardHours: number;
}

const op = (code: string, standardHours: number, description: string, descriptionEn: string, model?: string): OperationSeed => ({
  code, standardHours, description, descriptionEn, model,
});

export const operations: OperationSeed[] = [
  op('GEN-DIAG', 0.5, '故障检测诊断', 'Fault diagnosis'),
  op('GEN-TEST', 0.3, '修后试车及交车验收', 'Road test and handover after repair'),
  op('GEN-WIRE', 1.5, '线束检查及修复', 'Wiring harness inspection and repair'),

  op('DZ-MOTOR-R', 2.0, '更换驱动电机总成', 'Replace drive motor assembly', 'DZ150'),
  op('DZ-CTRL-R', 0.8, '更换电机控制器', 'Replace motor controller', 'DZ150'),
  op('DZ-AXLE-R', 3.5, '更换后桥总成', 'Replace rear axle assembly', 'DZ150'),
  op('DZ-DIFF-R', 2.5, '更换差速器总成', 'Replace differential assembly', 'DZ150'),
  op('DZ-FRAME-R', 6.0, '更换车架焊合（含拆装全车）', 'Replace frame weldment (strip and rebuild)', 'DZ150'),
  op('DZ-SHOCK-R', 1.2, '更换前减震器', 'Replace front shock absorber', 'DZ150'),
  op('DZ-RIM-R', 0.8, '更换轮辋及轮胎', 'Replace wheel rim and tyre', 'DZ150'),
  op('DZ-BRAKE-A', 1.0, '刹车调整及更换蹄片', 'Adjust brakes and replace shoes', 'DZ150'),
  op('DZ-BATT-R', 0.6, '更换蓄电池组', 'Replace battery set', 'DZ150'),

  op('WG-ENG-R', 3.0, '更换发动机总成', 'Replace engine assembly', '1WG40'),
  op('WG-ENG-T', 1.5, '发动机调整（化油器、点火）', 'Engine tune-up (carburettor, ignition)', '1WG40'),
  op('WG-GBX-R', 2.5, '更换变速箱总成', 'Replace gearbox assembly', '1WG40'),
  op('WG-BLADE-R', 0.5, '更换旋耕刀组', 'Replace tiller blade set', '1WG40'),
  op('WG-BELT-R', 0.5, '更换皮带及离合拉线', 'Replace belt and clutch cable', '1WG40'),

  op('TS-ENG-R', 8.0, '更换柴油机总成', 'Replace diesel engine assembly', 'TS254'),
  op('TS-GBX-R', 6.0, '更换变速箱总成', 'Replace gearbox assembly', 'TS254'),
  op('TS-AXLE-R', 5.0, '更换后桥总成', 'Replace rear axle assembly', 'TS254'),
  op('TS-DIFF-R', 4.0, '更换差速器总成', 'Replace differential assembly', 'TS254'),
  op('TS-CLUTCH-R', 3.0, '更换离合器从动盘', 'Replace clutch driven plate', 'TS254'),
  op('TS-HYD-S', 2.0, '液压提升系统检修', 'Hydraulic lift service', 'TS254'),

  op('EV-DM-R', 4.0, '更换驱动电机总成', 'Replace drive motor assembly', 'EV300'),
  op('EV-BAT-R', 3.0, '更换动力蓄电池包（含绝缘检测）', 'Replace traction battery pack (incl. insulation test)', 'EV300'),
  op('EV-STR-R', 2.5, '更换转向机总成及四轮定位', 'Replace steering gear and align wheels', 'EV300'),
  op('EV-BRK-R', 1.5, '更换制动主缸并排气', 'Replace brake master cylinder and bleed', 'EV300'),
  op('EV-CAL-R', 1.2, '更换前制动卡钳', 'Replace front brake caliper', 'EV300'),
  op('EV-PAD-R', 0.8, '更换前制动片', 'Replace front brake pads', 'EV300'),
];
