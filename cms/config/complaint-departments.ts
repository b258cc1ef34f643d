type Env = ((name: string, fallback?: string) => string) & {
  array: (name: string, fallback?: string[]) => string[];
};

/**
 * The departments a complaint's handler tells in writing (claim-review config
 * `complaintDepartments`): code → names, the admin roles (by code) whose staff read the
 * department's in-app notices, and the addresses its e-mail goes to, one env variable a
 * department (SANBAO_COMPLAINT_EMAILS_<CODE>, comma separated; empty: in-app notice only).
 */
export const complaintDepartments = (env: Env) => {
  const emails = (code: string) => env.array(`SANBAO_COMPLAINT_EMAILS_${code.toUpperCase()}`, []).map((e) => e.trim()).filter(Boolean);
  return {
    service: { zh: '售后服务部', en: 'After-sales service', roles: ['claim-review-service-coordinator'], emails: emails('service') },
    technical: { zh: '技术部', en: 'Technical department', roles: ['claim-review-technical-reviewer'], emails: emails('technical') },
    quality: { zh: '质量部', en: 'Quality department', roles: ['claim-review-technical-reviewer'], emails: emails('quality') },
    finance: { zh: '财务部', en: 'Finance department', roles: ['claim-review-finance'], emails: emails('finance') },
  };
};
