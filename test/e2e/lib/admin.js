'use strict';
/**
 * What the admin-panel scripts share: staff accounts in the plugin's roles, claims
 * filed through the dealer API as a workshop would, and signing into the Strapi admin
 * in a chosen language.
 */
const zlib = require('zlib');
const { businessDay, http } = require('./harness');

const SUPER_ADMIN = { email: 'admin@sanbao.local', password: 'Sanbao-Admin-2026' };
const DEALER = { username: 'dealer-sd', password: 'Sanbao-sd-2026', code: 'SD-WF' };
/** Demo DZ150 tricycle of SD-WF, sold and registered a few days ago (cms/src/seed/data/units.ts). */
const SERIAL = 'LSBDZ15026109001';
const STAFF_PASSWORD = 'Sanbao-Staff-2026';

async function adminToken(url, { email, password } = SUPER_ADMIN) {
  const res = await http('POST', `${url}/admin/login`, { body: { email, password } });
  if (res.status !== 200) throw new Error(`admin login ${email}: ${res.status} ${res.text.slice(0, 300)}`);
  return res.body.data.token;
}

/**
 * An active admin user holding one of the roles the plugin keeps (Technical reviewer,
 * Finance…), made the way a super admin does it: invite, then register with the token.
 */
async function staffUser(url, superToken, roleName, { firstname, email } = {}) {
  const roles = await http('GET', `${url}/admin/roles`, { token: superToken });
  const role = (roles.body?.data ?? []).find((r) => r.name === roleName);
  if (!role) throw new Error(`no admin role "${roleName}" (plugin bootstrap)`);
  const address = email ?? `${roleName.toLowerCase().replace(/\W+/g, '-')}@sanbao.local`;
  const invited = await http('POST', `${url}/admin/users`, {
    token: superToken,
    body: { firstname: firstname ?? roleName, lastname: 'E2E', email: address, roles: [role.id] },
  });
  if (invited.status !== 201 && invited.status !== 200) throw new Error(`invite ${address}: ${invited.status} ${invited.text.slice(0, 300)}`);
  const registrationToken = invited.body.data.registrationToken;
  const registered = await http('POST', `${url}/admin/register`, {
    body: { registrationToken, userInfo: { firstname: firstname ?? roleName, lastname: 'E2E', password: STAFF_PASSWORD } },
  });
  if (registered.status !== 200) throw new Error(`register ${address}: ${registered.status} ${registered.text.slice(0, 300)}`);
  return { email: address, password: STAFF_PASSWORD };
}

async function dealerToken(url, { username, password } = DEALER) {
  const res = await http('POST', `${url}/api/auth/local`, { body: { identifier: username, password } });
  if (res.status !== 200) throw new Error(`dealer login ${username}: ${res.status} ${res.text.slice(0, 300)}`);
  return res.body.jwt;
}

let keySeq = 0;

/** A claim as the workshop files it, submitted; `parts`/`labour` default to a brake repair (nothing to return). */
async function fileClaim(url, jwt, overrides = {}) {
  const repairDate = businessDay(-1);
  const body = {
    serial: SERIAL,
    failureDate: businessDay(-2),
    repairDate,
    remedy: 'repair',
    fault: { component: 'brake', description: '后刹车失灵，蹄片磨损异常 / Rear brake fails, shoes worn unevenly' },
    parts: [{ partNumber: 'DZ-BS-110', qty: 1, causal: true }],
    labour: [{ operation: 'DZ-BRAKE-A', hours: 1.0 }],
    travel: { km: 12 },
    customerConfirmation: { name: '王建国', signedAt: repairDate },
    submit: true,
    ...overrides,
  };
  keySeq += 1;
  const res = await http('POST', `${url}/api/claim-review/claims`, {
    token: jwt,
    body,
    headers: { 'Idempotency-Key': `e2e-${process.pid}-${Date.now()}-${keySeq}` },
  });
  if (res.status !== 201) throw new Error(`file claim: ${res.status} ${res.text.slice(0, 500)}`);
  return res.body;
}

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A small PNG of stripes (a stand-in fault photo), made without any image library. */
function stripesPng(width = 320, height = 240, [r1, g1, b1] = [200, 60, 50], [r2, g2, b2] = [240, 220, 200]) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const on = Math.floor((x + y) / 20) % 2 === 0;
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = on ? r1 : r2;
      raw[o + 1] = on ? g1 : g2;
      raw[o + 2] = on ? b1 : b2;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Fault photos through the dealer API (multipart `files`); answers the HTTP status. */
async function attachPhotos(url, jwt, number, files) {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.bytes], { type: f.type ?? 'image/png' }), f.name);
  const res = await fetch(`${url}/api/claim-review/claims/${encodeURIComponent(number)}/attachments`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${jwt}` },
    body: form,
  });
  return res.status;
}

/**
 * Signs into the admin panel through its login form, the interface set to `language`
 * ('zh-Hans' or 'en') the way the profile page stores it.
 */
async function signIn(page, url, { email, password }, language = 'zh-Hans') {
  await page.addInitScript((lang) => {
    window.localStorage.setItem('strapi-admin-language', lang);
    // The guided tour would cover the pages on a first sign-in.
    window.localStorage.setItem('STRAPI_GUIDED_TOUR', JSON.stringify({ enabled: false }));
  }, language);
  await page.goto(`${url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30_000 });
}

/**
 * The service desk's browser: English, a 1366×900 desk screen, a page whose waits give up
 * after 15 s. Null when chromium did not start (the harness has recorded why).
 */
async function deskBrowser(ctx) {
  const browser = await ctx.browser({ locale: 'en-US', width: 1366, height: 900 });
  if (!browser) return null;
  browser.page.setDefaultTimeout(15_000);
  return browser;
}

module.exports = { SUPER_ADMIN, DEALER, SERIAL, adminToken, staffUser, dealerToken, fileClaim, stripesPng, attachPhotos, signIn, deskBrowser };
