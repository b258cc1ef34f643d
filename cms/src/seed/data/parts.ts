/**
 * The service-parts catalogue. Part numbers start with the model family (DZ tricycle,
 * WG tiller, TS tractor, EV car) because a part has no model relation: the prefix is
 * how a person, and the price-list sanity report, tells which model a part serves.
 * `component` uses the codes of the models' `mainComponents`, which is how the precheck
 * matches a part to a main-component period and the analytics to the key parts seed 000
 * asks to watch (电机、控制器、后桥、差速器、车架、前减震、轮辋焊合).
 * `core` parts are protected designs: catalogued so a claim can name them, never priced
 * (seed 004, 知识产权保护原则), and therefore absent from prices.ts.
 */
export type PartCategory = 'standard' | 'wear' | 'main_component' | 'core';

export interface PartSeed {
  number: string;
  name: string;
  nameEn: string;
  category: PartCategory;
  component?: string;
  /** A wear item's own warranty period; only for `wear`. */
  wearMonths?: number;
}

const main = (number: string, component: string, name: string, nameEn: string): PartSeed => ({
  number, name, nameEn, category: 'main_component', component,
});
const wear = (number: string, wearMonths: number, name: string, nameEn: string, component?: string): PartSeed => ({
  number, name, nameEn, category: 'wear', wearMonths, component,
});
const std = (number: string, name: string, nameEn: string, component?: string): PartSeed => ({
  number, name, nameEn, category: 'standard', component,
});
const core = (number: string, component: string, name: string, nameEn: string): PartSeed => ({
  number, name, nameEn, category: 'core', component,
});

export const parts: PartSeed[] = [
  // DZ150 电动三轮车
  main('DZ-MT-601200', 'motor', '驱动电机总成 60V 1200W', 'Drive motor assembly 60V 1200W'),
  main('DZ-CT-6024', 'controller', '电机控制器 60V 24管', 'Motor controller 60V 24-MOSFET'),
  main('DZ-RA-100', 'rear_axle', '后桥总成', 'Rear axle assembly'),
  main('DZ-DF-100', 'differential', '差速器总成', 'Differential assembly'),
  main('DZ-FR-100', 'frame', '车架焊合', 'Frame weldment'),
  main('DZ-FS-100', 'front_shock', '前减震器总成', 'Front shock absorber assembly'),
  main('DZ-RM-100', 'rim', '轮辋焊合 2.50-12', 'Wheel rim weldment 2.50-12'),
  wear('DZ-BS-110', 3, '后刹车蹄片（副）', 'Rear brake shoes (pair)', 'brake'),
  wear('DZ-TY-400', 6, '外胎 4.00-12', 'Tyre 4.00-12', 'rim'),
  wear('DZ-TU-400', 3, '内胎 4.00-12', 'Inner tube 4.00-12', 'rim'),
  wear('DZ-BC-120', 6, '刹车拉线', 'Brake cable', 'brake'),
  wear('DZ-TH-130', 6, '调速转把', 'Throttle grip', 'controller'),
  wear('DZ-LB-140', 3, '前大灯灯泡', 'Headlamp bulb'),
  wear('DZ-BT-6045', 12, '铅酸蓄电池组 60V 45Ah', 'Lead-acid battery set 60V 45Ah', 'battery'),
  std('DZ-BO-1080', '后桥固定螺栓 M10×80', 'Rear axle bolt M10×80', 'rear_axle'),
  std('DZ-NT-1000', '防松螺母 M10', 'Lock nut M10'),
  std('DZ-BR-6204', '深沟球轴承 6204', 'Deep-groove ball bearing 6204'),
  std('DZ-MR-150', '后视镜', 'Rear-view mirror'),
  std('DZ-HN-160', '电喇叭 60V', 'Electric horn 60V'),
  std('DZ-SW-170', '组合开关', 'Combination switch'),
  core('DZ-CT-MCU', 'controller', '控制器主控板（含程序）', 'Controller main board with firmware'),
  core('DZ-MT-STR', 'motor', '电机定子绕组', 'Motor stator winding'),

  // 1WG4.0 微耕机
  main('WG-EN-170F', 'engine', '170F 汽油机总成', '170F petrol engine assembly'),
  main('WG-GB-200', 'gearbox', '变速箱总成', 'Gearbox assembly'),
  main('WG-FR-200', 'frame', '机架焊合', 'Chassis frame weldment'),
  wear('WG-BL-210', 3, '旋耕刀（片）', 'Rotary tiller blade (each)'),
  wear('WG-VB-A838', 3, '三角皮带 A838', 'V-belt A838'),
  wear('WG-SP-220', 3, '火花塞', 'Spark plug', 'engine'),
  wear('WG-AF-230', 3, '空气滤清器滤芯', 'Air filter element', 'engine'),
  wear('WG-CC-240', 6, '离合器拉线', 'Clutch cable', 'gearbox'),
  std('WG-OS-2540', '油封 25×40×7', 'Oil seal 25×40×7', 'gearbox'),
  std('WG-GK-250', '变速箱密封垫', 'Gearbox gasket', 'gearbox'),
  std('WG-BO-0825', '螺栓 M8×25', 'Bolt M8×25'),
  core('WG-GB-GEAR', 'gearbox', '变速箱传动齿轮组（专利设计）', 'Gearbox gear set (patented design)'),

  // TS404 小型拖拉机
  main('TS-EN-385', 'engine', '385 柴油机总成', '385 diesel engine assembly'),
  main('TS-GB-300', 'gearbox', '变速箱总成（8+2）', 'Gearbox assembly (8F+2R)'),
  main('TS-RA-300', 'rear_axle', '后桥总成', 'Rear axle assembly'),
  main('TS-DF-300', 'differential', '差速器总成', 'Differential assembly'),
  wear('TS-FF-310', 3, '柴油滤清器', 'Fuel filter', 'engine'),
  wear('TS-OF-320', 3, '机油滤清器', 'Oil filter', 'engine'),
  wear('TS-CD-330', 6, '离合器从动盘', 'Clutch driven plate', 'gearbox'),
  wear('TS-FB-340', 3, '风扇皮带', 'Fan belt', 'engine'),
  wear('TS-BS-350', 6, '制动蹄片（副）', 'Brake shoes (pair)', 'brake'),
  std('TS-BR-6308', '深沟球轴承 6308', 'Deep-groove ball bearing 6308'),
  std('TS-OS-360', '后桥油封', 'Rear axle oil seal', 'rear_axle'),
  std('TS-HH-370', '液压油管总成', 'Hydraulic hose assembly'),
  core('TS-EN-ECU', 'engine', '柴油机电控单元（含标定）', 'Diesel engine ECU with calibration'),

  // EV300 家用电动汽车
  main('EV-DM-400', 'drive_motor', '驱动电机总成 45kW', 'Drive motor assembly 45 kW'),
  main('EV-BP-400', 'battery', '动力蓄电池包 31.9kWh', 'Traction battery pack 31.9 kWh'),
  main('EV-SG-400', 'steering', '电动助力转向机总成', 'Electric power steering gear assembly'),
  main('EV-BM-400', 'brake', '制动主缸总成', 'Brake master cylinder assembly'),
  main('EV-BK-410', 'brake', '前制动卡钳总成', 'Front brake caliper assembly'),
  wear('EV-PD-420', 6, '前制动片（套）', 'Front brake pads (set)', 'brake'),
  wear('EV-WB-430', 6, '雨刮片', 'Wiper blade'),
  wear('EV-TY-1756514', 6, '轮胎 175/65R14', 'Tyre 175/65R14'),
  wear('EV-AB-12V', 12, '12V 低压蓄电池', '12 V auxiliary battery'),
  wear('EV-CF-440', 3, '空调滤芯', 'Cabin air filter'),
  std('EV-FU-30A', '插片保险丝 30A', 'Blade fuse 30 A'),
  std('EV-CL-4L', '冷却液 4L', 'Coolant 4 L', 'drive_motor'),
  std('EV-WN-450', '轮毂螺母', 'Wheel nut'),
  core('EV-BMS-400', 'battery', '电池管理系统主板（含软件）', 'Battery management system board with software'),
  core('EV-VCU-400', 'drive_motor', '整车控制器 VCU（含软件）', 'Vehicle control unit with software'),
];

/** VAT on every part (basis points); the price list is before tax. */
export const PART_VAT_BP = 1300;
