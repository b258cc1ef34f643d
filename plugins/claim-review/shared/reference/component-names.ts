import type { Bilingual } from '../contracts/money';

/**
 * Names of the component codes that models' `mainComponents` and parts' `component`
 * use (seed 000's key parts: 电机、控制器、后桥、差速器、车架、前减震、轮辋焊合). The codes
 * stay the contract; the names are what a dealer reads and types to find one. A code
 * the catalogue does not know is shown as itself.
 */
const NAMES: Record<string, Bilingual> = {
  motor: { zh: '电机', en: 'Motor' },
  drive_motor: { zh: '驱动电机', en: 'Drive motor' },
  controller: { zh: '控制器', en: 'Controller' },
  rear_axle: { zh: '后桥', en: 'Rear axle' },
  differential: { zh: '差速器', en: 'Differential' },
  frame: { zh: '车架', en: 'Frame' },
  front_shock: { zh: '前减震', en: 'Front shock absorber' },
  rim: { zh: '轮辋焊合', en: 'Wheel rim' },
  engine: { zh: '发动机', en: 'Engine' },
  gearbox: { zh: '变速箱', en: 'Gearbox' },
  battery: { zh: '动力电池', en: 'Battery' },
  steering: { zh: '转向系统', en: 'Steering' },
  brake: { zh: '制动系统', en: 'Brakes' },
};

export function componentName(code: string): Bilingual {
  return NAMES[code] ?? { zh: code, en: code };
}
