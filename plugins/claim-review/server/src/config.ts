export interface PluginConfig {
  /** Business dates (repair, filing, cut-off) are days in this zone. */
  timeZone: string;
  /** The manufacturer named on settlement notices and quotes. */
  issuer: { name: string; nameEn: string; address?: string };
  /** Cron rule of the daily job that flags claims whose parts missed their cut-off (in timeZone); empty: never. */
  returnOverdueRule?: string;
}

export default {
  default: (): PluginConfig => ({
    timeZone: 'Asia/Shanghai',
    issuer: { name: '三包示范机械有限公司', nameEn: 'Sanbao Demo Machinery Co., Ltd.' },
    // 01:30 company time, after the day's receipts are in.
    returnOverdueRule: '0 30 1 * * *',
  }),
  validator(config: PluginConfig) {
    if (!config.timeZone || typeof config.timeZone !== 'string') {
      throw new Error('claim-review: config.timeZone must be an IANA zone such as Asia/Shanghai.');
    }
  },
};
