/**
 * One model per product line the policies tell apart. `category` is what a policy names
 * when it is not model-specific; `mainComponents` lists the component codes that get
 * the main-component period (parts.ts uses the same codes). `dealerPrice` (fen) is set
 * near half the sum of the model's service parts at dealer price, the 2× rule of seed
 * 004 (8.1.1); the car deliberately is not — its catalogue here lists only the 三包
 * assemblies — so the sanity report has something to show.
 */
export interface ModelSeed {
  code: string;
  name: string;
  nameEn: string;
  category: 'tricycle' | 'tiller' | 'tractor' | 'car';
  mainComponents: string[];
  dealerPrice: number;
}

export const models: ModelSeed[] = [
  {
    code: 'DZ150',
    name: 'DZ150 电动三轮车',
    nameEn: 'DZ150 electric tricycle',
    category: 'tricycle',
    mainComponents: ['motor', 'controller', 'rear_axle', 'differential', 'frame', 'front_shock', 'rim'],
    dealerPrice: 348000,
  },
  {
    code: '1WG40',
    name: '1WG4.0 微耕机',
    nameEn: '1WG4.0 mini tiller',
    category: 'tiller',
    mainComponents: ['engine', 'gearbox', 'frame'],
    dealerPrice: 112800,
  },
  {
    code: 'TS254',
    name: 'TS254 小型拖拉机（25马力四驱）',
    nameEn: 'TS254 small tractor (25 hp, 4WD)',
    category: 'tractor',
    mainComponents: ['engine', 'gearbox', 'rear_axle', 'differential'],
    dealerPrice: 1480000,
  },
  {
    code: 'EV300',
    name: 'EV300 家用电动汽车',
    nameEn: 'EV300 household electric car',
    category: 'car',
    mainComponents: ['drive_motor', 'battery', 'steering', 'brake'],
    dealerPrice: 4280000,
  },
];
