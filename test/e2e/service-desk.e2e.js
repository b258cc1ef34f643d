#!/usr/bin/env node
'use strict';
/**
 * One customer's call through the service desk, in both UIs against the real server:
 * a Service coordinator registers the call in the admin (the unit's history shows as the
 * serial is typed), dispatches it to the dealer who sold the unit (the suggestion); the
 * dealer's technician, on a phone-sized portal, accepts the work order, arrives, fills
 * the service receipt with the customer's signature drawn on the screen, and files the
 * warranty claim from it; back in the admin, the coordinator makes the follow-up call,
 * and the satisfied customer's request closes.
 *
 *   node test/e2e/service-desk.e2e.js     (needs /usr/bin/chromium and a built tree)
 *
 * Exit code 0 when every step passed; the last line reads "N passed, N failed".
 */
const { assert, e2eScript, http } = require('./lib/harness');
const { DEALER, SERIAL, adminToken, deskBrowser, signIn, staffUser } = require('./lib/admin');

const CALLER = { name: '周建国', phone: '13953612345', region: '山东省潍坊市', line: '寒亭区民主街 18 号' };

/** Draws a stroke on the signature pad with the mouse, as a finger would on the phone. */
async function sign(page) {
  const pad = page.locator('canvas').first();
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  assert(box && box.width > 100, 'the signature pad is not on screen');
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + box.width * (0.2 + i * 0.05), box.y + box.height * (0.6 - Math.sin(i / 2) * 0.3));
  await page.mouse.up();
}

async function main(ctx) {
  const { suite } = ctx;
  const server = await ctx.server();
  if (!server) return;
  const { url } = server;

  const coordinator = await suite.step('a Service coordinator account exists', async () => {
    const superToken = await adminToken(url);
    return { ...(await staffUser(url, superToken, 'Service coordinator', { firstname: 'Zhou' })), superToken };
  });
  if (!coordinator) return;

  const browser = await deskBrowser(ctx);
  if (!browser) return;
  const { page } = browser;

  await suite.step('the coordinator signs into the admin and opens Register a call', async () => {
    await signIn(page, url, coordinator, 'en');
    await page.goto(`${url}/admin/plugins/claim-review/service/intake`);
    await page.getByRole('heading', { name: 'Register a call' }).waitFor();
  });

  const number = await suite.step("typing the serial shows the unit's model and coverage; the call is registered", async () => {
    await page.locator('#intake-name').fill(CALLER.name);
    await page.locator('#intake-phone').fill(CALLER.phone);
    await page.locator('#intake-region').fill(CALLER.region);
    await page.locator('#intake-line').fill(CALLER.line);
    await page.locator('#intake-serial').fill(SERIAL);
    await page.getByText('DZ150', { exact: false }).first().waitFor();
    await page.locator('#intake-symptom').fill('刹车异响，制动距离变长 / Brakes squeal, stopping distance longer');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.waitForURL(/\/service\/requests\/SR-\d{6}-\d{5}$/);
    return decodeURIComponent(page.url().split('/').pop());
  });
  if (!number) return;

  const workOrder = await suite.step('the request is dispatched to the suggested dealer, the one who sold the unit', async () => {
    await page.getByText(/Suggested: SD-WF/).waitFor();
    await page.getByRole('tab', { name: 'Dispatch' }).click();
    await page.getByRole('button', { name: 'Dispatch work order' }).click();
    await page.getByText(/WO-\d{6}-\d{5}/).first().waitFor();
    const stored = await http('GET', `${url}/claim-review/service/requests/${number}`, { token: coordinator.superToken });
    assert(stored.body.status === 'dispatched', `the request is ${stored.body.status}`);
    const wo = stored.body.workOrders.at(-1);
    assert(wo.dealer.code === DEALER.code && wo.status === 'dispatched', `work order ${JSON.stringify(wo.dealer)} ${wo.status}`);
    return wo.number;
  });
  if (!workOrder) return;

  const phone = await suite.step('the technician signs into the portal on a phone and finds the order in the inbox', async () => {
    const p = await browser.context.newPage();
    p.setDefaultTimeout(15_000);
    await p.setViewportSize({ width: 390, height: 844 });
    await p.goto(`${url}/portal/signin`);
    await p.getByLabel('用户名或邮箱').fill(DEALER.username);
    await p.getByLabel('密码').fill(DEALER.password);
    await p.getByRole('button', { name: '登录' }).click();
    await p.waitForURL(/\/portal\/claims$/);
    await p.getByRole('link', { name: /工单/ }).first().click();
    await p.getByRole('link', { name: workOrder }).click();
    await p.getByRole('heading', { name: `派工单 ${workOrder}` }).waitFor();
    await p.getByText(CALLER.name).first().waitFor();
    return p;
  });
  if (!phone) return;

  await suite.step('accept, then arrive: the order is on site and the coordinator sees the request in service', async () => {
    await phone.getByRole('button', { name: '接单', exact: true }).click();
    await phone.getByRole('button', { name: '已到达' }).click();
    await phone.getByText('已到达现场').first().waitFor();
    const stored = await http('GET', `${url}/claim-review/service/requests/${number}`, { token: coordinator.superToken });
    assert(stored.body.status === 'in_service', `the request is ${stored.body.status}`);
  });

  await suite.step('the receipt is filled at the customer, signed on the screen, and the order completes', async () => {
    await phone.getByRole('link', { name: '填写维修服务回执单' }).click();
    await phone.getByLabel('故障部件代码').fill('brake');
    await phone.getByLabel('故障检查情况').fill('刹车蹄片磨损不均');
    await phone.getByLabel('维修内容').fill('更换刹车蹄片，调整间隙，试车正常');
    await phone.getByLabel('三包期内').check();
    await phone.getByLabel('验收人姓名').fill(CALLER.name);
    await sign(phone);
    await phone.getByLabel('非常满意').check();
    await phone.getByRole('button', { name: '提交回执单' }).click();
    await phone.getByRole('heading', { name: `派工单 ${workOrder}` }).waitFor();
    await phone.getByText('已完成').first().waitFor();
    const stored = await http('GET', `${url}/claim-review/service/requests/${number}`, { token: coordinator.superToken });
    const receipt = stored.body.workOrders.at(-1).receipt;
    assert(stored.body.status === 'completed', `the request is ${stored.body.status}`);
    assert(receipt && /^[0-9a-f]{64}$/.test(receipt.acceptance.signature.sha256), 'the signature was not stored with its SHA-256');
    assert(receipt.acceptance.signature.bytes > 500, `the signature is only ${receipt.acceptance.signature.bytes} bytes: nothing was drawn`);
  });

  await suite.step('"file warranty claim" opens a draft claim prefilled from the request and the receipt', async () => {
    await phone.getByRole('button', { name: '提交三包索赔' }).click();
    await phone.waitForURL(/\/portal\/claims\/CR-\d{6}-\d{5}/);
    await phone.getByText(SERIAL).first().waitFor();
    const stored = await http('GET', `${url}/claim-review/service/requests/${number}`, { token: coordinator.superToken });
    assert(stored.body.claim && stored.body.claim.status === 'draft', `the request's claim is ${JSON.stringify(stored.body.claim)}`);
    assert(phone.url().includes(stored.body.claim.number), 'the portal opened another claim');
  });

  await suite.step('the follow-up call: reached, solved, very satisfied; the request closes', async () => {
    await page.goto(`${url}/admin/plugins/claim-review/service/follow-ups`);
    await page.getByRole('button', { name: `Call ${number}` }).click();
    await page.getByRole('radiogroup', { name: 'Reached the customer?' }).getByText('Yes').click();
    await page.getByRole('radiogroup', { name: 'Is the problem solved?' }).getByText('Yes').click();
    await page.getByText('Very satisfied').click();
    await page.getByRole('button', { name: 'Record the call' }).click();
    await page.getByText('Satisfied: the request is closed').waitFor();
    const stored = await http('GET', `${url}/claim-review/service/requests/${number}`, { token: coordinator.superToken });
    assert(stored.body.status === 'closed', `the request is ${stored.body.status}`);
    assert(stored.body.followUps.length === 1 && stored.body.followUps[0].satisfaction === 5, 'the follow-up call is not recorded');
  });
}

e2eScript('service desk: a call from intake to follow-up, through the admin and the portal', 170_000, main);
