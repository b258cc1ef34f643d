#!/usr/bin/env node
'use strict';
/**
 * The dealer portal against the real server, in a real browser: a dealer signs in,
 * registers a unit's warranty card, files a claim that the precheck stops (a core part),
 * fixes it, submits it and finds it in review; then, once finance has settled the claim
 * through the staff API, downloads the settlement notice as a PDF from the portal.
 *
 *   node test/e2e/portal.e2e.js        (needs /usr/bin/chromium and a built tree: npm test builds)
 *
 * Exit code 0 when every step passed; the last line reads "N passed, N failed".
 */
const fs = require('fs');
const { assert, businessDay, e2eScript, http } = require('./lib/harness');

const DEALER = { username: 'dealer-sd', password: 'Sanbao-sd-2026', code: 'SD-WF' };
const STAFF = { email: 'admin@sanbao.local', password: 'Sanbao-Admin-2026' };
/** Demo unit of SD-WF, in stock and never registered (cms/src/seed/data/units.ts). */
const SERIAL = 'LSBDZ15026109006';
/** Core parts are never priced nor supplied alone: the precheck answers PART_CORE. */
const CORE_PART = 'DZ-CT-MCU';
/** A standard DZ150 part that need not go back to the factory. */
const STANDARD_PART = 'DZ-SW-170';


/** Polls `check` until it returns something truthy. */
async function until(what, check, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}


async function main(ctx) {
  const { suite } = ctx;
  const today = businessDay(0);
  const saleDate = businessDay(-2);
  const failureDate = businessDay(-1);

  const server = await ctx.server();
  if (!server) return;
  const portal = `${server.url}/portal`;
  const api = `${server.url}/api/claim-review`;

  const browser = await ctx.browser({ locale: 'zh-CN' });
  if (!browser) return;
  const { page } = browser;
  page.setDefaultTimeout(15_000);

  await suite.step('a demo dealer signs in', async () => {
    await page.goto(`${portal}/`);
    await page.waitForURL(/\/portal\/signin/);
    await page.getByLabel('用户名或邮箱').fill(DEALER.username);
    await page.getByLabel('密码').fill(DEALER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/portal\/claims$/);
    await page.getByTestId('dealer').getByText(DEALER.code).waitFor();
  });

  await suite.step(`the unit look-up shows ${SERIAL} with no warranty card`, async () => {
    await page.getByRole('navigation').getByRole('link', { name: '产品查询' }).click();
    await page.getByPlaceholder('输入机号或车架号').fill(SERIAL.toLowerCase());
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(new RegExp(`/portal/units/${SERIAL}$`));
    await page.locator('#unit-title').getByText(SERIAL).waitFor();
    const card = page.locator('article[aria-labelledby="unit-title"]');
    await card.getByText('保修卡未登记', { exact: true }).waitFor();
    // Covered today? Not without the card: the badge says so before the dealer has to ask.
    await card.getByText('保修卡未登记，不享受三包').waitFor();
    await card.getByText(/售出后须在 \d+ 日内登记保修卡/).waitFor();
  });

  await suite.step('the dealer registers the warranty card (sale two days ago)', async () => {
    await page.getByRole('link', { name: '登记保修卡' }).click();
    await page.waitForURL(/\/portal\/registrations\/new/);
    assert((await page.getByLabel('产品编号').inputValue()) === SERIAL, 'the serial is carried over from the unit');
    await page.getByLabel('销售日期').fill(saleDate);
    await page.getByLabel('用户姓名').fill('王建国');
    await page.getByLabel('联系电话').fill('17000001234');
    await page.getByLabel('地址').fill('寒亭区王庄村3组8号');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByText(`产品 ${SERIAL} 已于 ${today} 登记`).waitFor();
    await page.getByRole('link', { name: '查看产品' }).click();
    await page.getByText('保修卡已登记').waitFor();
    await page.getByText(saleDate, { exact: true }).first().waitFor();
  });

  let claimNumber = null;
  await suite.step('a claim with a core part shows the PART_CORE finding and cannot be submitted', async () => {
    await page.getByRole('link', { name: '新建索赔' }).click();
    await page.waitForURL(/\/portal\/claims\/new/);
    assert((await page.getByLabel('产品编号').inputValue()) === SERIAL, 'the serial is carried over from the unit');
    await page.getByLabel('故障日期').fill(failureDate);
    await page.getByLabel('维修日期').fill(today);
    await page.getByLabel('故障部件', { exact: true }).fill('controller');
    await page.getByLabel('故障现象与原因').fill('车辆无法启动，控制器主控板烧毁');
    await page.getByLabel('配件编号').fill(CORE_PART);
    await page.getByLabel('工时代码').fill('DZ-CTRL-R');
    await page.getByLabel('工时（小时）').fill('0.8');
    await page.getByLabel('用户签字姓名').fill('王建国');
    // Shown beside the part number (compact list) and in the precheck panel.
    await page.locator('.row-line [data-code="PART_CORE"]').waitFor();
    await until('the submit button to be disabled', () => page.getByRole('button', { name: '提交审核' }).isDisabled());
  });

  await suite.step('with a standard part instead, the finding goes and the claim is submitted: 审核中', async () => {
    await page.getByLabel('配件编号').fill(STANDARD_PART);
    await page.locator('[data-code="PART_CORE"]').first().waitFor({ state: 'detached' });
    await until('the submit button to be enabled', async () => !(await page.getByRole('button', { name: '提交审核' }).isDisabled()));
    // The server's precheck has priced the new part from the price list.
    await page.locator('.precheck .precheck-fresh').waitFor();
    await page.locator('.precheck').getByText(STANDARD_PART).first().waitFor();
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.waitForURL(/\/portal\/claims\/CR-[0-9-]+$/);
    claimNumber = decodeURIComponent(page.url().split('/').pop());
    await page.locator('.page-head').getByText('审核中').waitFor();
    await page.getByText(STANDARD_PART).first().waitFor();
  });

  await suite.step('the claims list shows the claim in review', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '三包索赔' }).click();
    await page.waitForURL(/\/portal\/claims$/);
    const row = page.getByRole('row').filter({ hasText: claimNumber });
    await row.getByText('审核中').waitFor();
    await row.getByText(SERIAL).waitFor();
  });

  // ---- settlement: finance settles the claim, the dealer downloads the notice.
  const dealerToken = await page.evaluate(() => window.localStorage.getItem('sanbao.jwt'));
  const probe = claimNumber ? await http('GET', `${api}/settlements`, { token: dealerToken }) : null;
  if (!claimNumber) return;

  let settlementNumber = null;
  await suite.step('finance approves the claim and issues a settlement (staff API)', async () => {
    assert(probe.status === 200, `GET /settlements answered ${probe.status}`);
    const login = await http('POST', `${server.url}/admin/login`, { body: STAFF });
    assert(login.status === 200, `POST /admin/login answered ${login.status}`);
    const token = login.body.data.token;
    const claim = await http('GET', `${server.url}/claim-review/claims/${claimNumber}`, { token });
    assert(claim.status === 200, `GET /claim-review/claims/${claimNumber} answered ${claim.status}`);
    const decided = await http('POST', `${server.url}/claim-review/claims/${claimNumber}/decision`, {
      token,
      headers: { 'If-Match': String(claim.body.version) },
      body: { decision: 'approve', comment: 'e2e: approved' },
    });
    assert(decided.status === 200, `decision answered ${decided.status}: ${decided.text.slice(0, 300)}`);
    assert(decided.body.status === 'ready_to_settle', `after approval the claim is ${decided.body.status}, not ready_to_settle`);
    const draft = await http('POST', `${server.url}/claim-review/settlements`, {
      token,
      body: { dealer: DEALER.code, periodStart: businessDay(-31), periodEnd: today },
    });
    assert(draft.status === 201, `POST /claim-review/settlements answered ${draft.status}: ${draft.text.slice(0, 300)}`);
    assert(draft.body.lines.some((l) => l.claimNumber === claimNumber), 'the draft settles the claim');
    const issued = await http('POST', `${server.url}/claim-review/settlements/${draft.body.number}/issue`, { token });
    assert(issued.status === 200, `issue answered ${issued.status}: ${issued.text.slice(0, 300)}`);
    assert(issued.body.status === 'issued', `the settlement is ${issued.body.status}`);
    settlementNumber = issued.body.number;
  });

  await suite.step('the dealer opens the notice in the portal and downloads its PDF', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '费用核销' }).click();
    await page.waitForURL(/\/portal\/settlements$/);
    await page.getByRole('link', { name: settlementNumber }).click();
    await page.getByRole('link', { name: claimNumber }).waitFor();
    await page.locator('.page-head').getByText('已发出').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    assert(download.suggestedFilename() === `${settlementNumber}.pdf`, `file name ${download.suggestedFilename()}`);
    const file = await download.path();
    const head = fs.readFileSync(file).subarray(0, 5).toString('latin1');
    assert(head === '%PDF-', `the download is not a PDF (starts with ${JSON.stringify(head)})`);
  });

  await suite.step('the claim now reads 已核销, settled by finance', async () => {
    await page.getByRole('link', { name: claimNumber }).click();
    await page.locator('.page-head').getByText('已核销').waitFor();
    const settled = page.locator('.timeline li').filter({ hasText: '费用已核销' });
    await settled.getByText('财务部').waitFor();
  });
}

// The server's first start (seeding the demo data) takes 40–80 s on a busy machine; the
// browser steps take about 30 s.
e2eScript('dealer portal: sign-in, warranty card, claim with a finding, submit, settlement PDF', 180_000, main);
