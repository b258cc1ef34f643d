/**
 * Three demo dealers, one per tier, in three provinces, so that the labour rate, the
 * credit grade and the regional customer data all differ between them. Names, people
 * and phone numbers are fictitious.
 */
export interface DealerSeed {
  code: string;
  name: string;
  nameEn: string;
  region: string;
  tier: 1 | 2 | 3;
  creditGrade: 'A' | 'B' | 'C' | 'D';
  contactName: string;
  contactPhone: string;
  address: string;
  /** Towns of the dealer's county, used for the generated end customers' addresses. */
  towns: string[];
  user: { username: string; email: string; password: string };
}

export const dealers: DealerSeed[] = [
  {
    code: 'SD-WF',
    name: '潍坊市寒亭区金穗农机三轮车销售有限公司',
    nameEn: 'Weifang Jinsui Farm Machinery & Tricycle Sales Co., Ltd.',
    region: '山东省潍坊市',
    tier: 1,
    creditGrade: 'A',
    contactName: '王建国',
    contactPhone: '0536-7258801',
    address: '山东省潍坊市寒亭区民主街188号',
    towns: ['寒亭区固堤街道', '寒亭区朱里街道', '昌邑市柳疃镇', '寿光市稻田镇', '青州市谭坊镇'],
    user: { username: 'dealer-sd', email: 'dealer-sd@sanbao.example', password: 'Sanbao-sd-2026' },
  },
  {
    code: 'HN-ZK',
    name: '周口市川汇区丰收机电经销部',
    nameEn: 'Zhoukou Fengshou Electromechanical Dealership',
    region: '河南省周口市',
    tier: 2,
    creditGrade: 'B',
    contactName: '李红梅',
    contactPhone: '0394-8216602',
    address: '河南省周口市川汇区七一路66号',
    towns: ['川汇区李埠口乡', '商水县邓城镇', '西华县逍遥镇', '淮阳区四通镇', '项城市丁集镇'],
    user: { username: 'dealer-hn', email: 'dealer-hn@sanbao.example', password: 'Sanbao-hn-2026' },
  },
  {
    code: 'SC-MY',
    name: '绵阳市涪城区蜀丰农机电动车商行',
    nameEn: 'Mianyang Shufeng Farm Machinery & E-Vehicle Store',
    region: '四川省绵阳市',
    tier: 3,
    creditGrade: 'C',
    contactName: '陈志强',
    contactPhone: '0816-2337703',
    address: '四川省绵阳市涪城区临园路21号',
    towns: ['涪城区青义镇', '游仙区魏城镇', '三台县芦溪镇', '江油市青莲镇', '安州区花荄镇'],
    user: { username: 'dealer-sc', email: 'dealer-sc@sanbao.example', password: 'Sanbao-sc-2026' },
  },
];

/** What the start script prints: the portal logins of the demo dealers. */
export const demoLogins = dealers.map((d) => ({
  dealer: d.code,
  tier: d.tier,
  username: d.user.username,
  email: d.user.email,
  password: d.user.password,
}));
