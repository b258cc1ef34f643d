#!/usr/bin/env node
'use strict';
/**
 * A complaint (投诉) from the call to closing, in the admin against the real server: a
 * customer given phone guidance is called back, is not satisfied and complains about the
 * dealer; the coordinator records the complaint from that call (and so owns it), tells the
 * technical department in writing, uploads the reply letter and records the resolution,
 * calls the customer back, who is satisfied, and the complaint closes read-only. The dealer
 * it is about reads it, phone masked, through the dealer API.
 *
 *   node test/e2e/complaint.e2e.js     (needs /usr/bin/chromium and a built tree)
 *
 * Exit code 0 when every step passed; the last line reads "N passed, N failed".
 */
const { assert, e2eScript, http } = require('./lib/harness');
const { DEALER, SERIAL, adminToken, dealerToken, deskBrowser, signIn, staffUser, stripesPng } = require('./lib/admin');

const CALLER = { name: '孙丽', phone: '13953698765', region: '山东省潍坊市', line: '奎文区胜利东街 9 号' };

async function main(ctx) {
  const { suite } = ctx;
  const server = await ctx.server();
  if (!server) return;
  const { url } = server;

  const coordinator = await suite.step('a Service coordinator account exists', async () => {
    const superToken = await adminToken(url);
    const user = await staffUser(url, superToken, 'Service coordinator', { firstname: 'Sun' });
    return { ...user, superToken, token: await adminToken(url, user) };
  });
  if (!coordinator) return;

  const request = await suite.step('a call answered with phone guidance waits for its follow-up call', async () => {
    const created = await http('POST', `${url}/claim-review/service/requests`, {
      token: coordinator.token,
      body: {
        channel: 'phone',
        caller: { name: CALLER.name, phone: CALLER.phone, address: { region: CALLER.region, line: CALLER.line } },
        unit: { serial: SERIAL },
        symptom: '仪表不亮 / Dashboard dark',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    });
    assert(created.status === 201, `intake answered ${created.status}`);
    const guided = await http('POST', `${url}/claim-review/service/requests/${created.body.number}/triage`, {
      token: coordinator.token,
      body: { outcome: 'guidance', note: '指导检查保险丝 / Check the fuse' },
    });
    assert(guided.status === 200 && guided.body.status === 'guidance', `triage answered ${guided.status} ${guided.body.status}`);
    return created.body.number;
  });
  if (!request) return;

  const browser = await deskBrowser(ctx);
  if (!browser) return;
  const { page } = browser;

  await suite.step('the follow-up call: reached, not solved, dissatisfied', async () => {
    await signIn(page, url, coordinator, 'en');
    await page.goto(`${url}/admin/plugins/claim-review/service/follow-ups`);
    await page.getByRole('button', { name: `Call ${request}` }).click();
    await page.getByRole('radiogroup', { name: 'Reached the customer?' }).getByText('Yes').click();
    await page.getByRole('radiogroup', { name: 'Is the problem solved?' }).getByText('No').click();
    await page.getByText('2 · Dissatisfied', { exact: true }).click();
    await page.getByRole('button', { name: 'Record the call' }).click();
    await page.getByRole('heading', { name: 'Record a complaint from this call' }).waitFor();
  });

  const number = await suite.step('the complaint is recorded from the call; the coordinator owns it', async () => {
    await page.locator('#fc-code').fill(DEALER.code);
    await page.locator('#fc-description').fill('指导无效，服务站也不接电话 / Guidance did not help and the station does not answer');
    await page.getByRole('button', { name: 'Record complaint' }).click();
    await page.waitForURL(/\/service\/complaints\/TS-\d{6}-\d{5}$/);
    const found = decodeURIComponent(page.url().split('/').pop());
    const stored = await http('GET', `${url}/claim-review/service/complaints/${found}`, { token: coordinator.token });
    assert(stored.body.channel === 'follow_up' && stored.body.status === 'received', `the complaint is ${stored.body.channel} ${stored.body.status}`);
    assert(stored.body.links.serviceRequest === request && stored.body.complainant.name === CALLER.name, 'the complaint did not take the call');
    assert(stored.body.mine === true, 'the coordinator does not own it');
    return found;
  });
  if (!number) return;

  await suite.step('the technical department is notified in writing', async () => {
    await page.getByRole('checkbox', { name: 'Technical department' }).click();
    await page.locator('#c-notice-note').fill('请三日内回复处理意见 / Reply within 3 days');
    await page.getByRole('button', { name: 'Send notices' }).click();
    await page.getByRole('heading', { name: 'Departments notified (1)' }).waitFor();
    const stored = await http('GET', `${url}/claim-review/service/complaints/${number}`, { token: coordinator.token });
    assert(stored.body.status === 'in_progress', `the complaint is ${stored.body.status}`);
  });

  await suite.step('the reply letter is uploaded and the resolution recorded', async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'reply-letter.png', mimeType: 'image/png', buffer: stripesPng() });
    await page.getByRole('heading', { name: 'Documents (1)' }).waitFor();
    await page.locator('#c-resolution').fill('约谈服务站，派技术员上门更换保险丝并致歉 / Station briefed, fuse replaced on site, apology made');
    await page.getByRole('button', { name: 'Record resolution' }).click();
    await page.getByRole('heading', { name: 'Confirmation call' }).waitFor();
  });

  await suite.step('the customer, called back, is satisfied: the complaint closes, read-only', async () => {
    await page.getByRole('radiogroup', { name: 'Customer reached?' }).getByText('Yes').click();
    await page.getByText('5 · Very satisfied', { exact: true }).click();
    await page.getByRole('button', { name: 'Record call' }).click();
    await page.getByText('Closed and archived').first().waitFor();
    assert((await page.getByRole('button', { name: 'Send notices' }).count()) === 0, 'a closed complaint still offers actions');
    const stored = await http('GET', `${url}/claim-review/service/complaints/${number}`, { token: coordinator.token });
    assert(stored.body.status === 'closed' && stored.body.readOnly === true, `the complaint is ${stored.body.status}`);
    const events = stored.body.timeline.map((e) => e.event).join(',');
    assert(events === 'received,notify_departments,documents_added,resolve,confirm_satisfied', `timeline ${events}`);
    const refused = await http('POST', `${url}/claim-review/service/complaints/${number}/resolution`, {
      token: coordinator.token,
      body: { at: new Date().toISOString(), resolution: 'again' },
    });
    assert(refused.status === 409 && refused.body.error.details.reason === 'COMPLAINT_CLOSED', `a write on the closed complaint answered ${refused.status}`);
  });

  await suite.step('the dealer it is about reads it, the phone masked', async () => {
    const jwt = await dealerToken(url);
    const list = await http('GET', `${url}/api/claim-review/complaints`, { token: jwt });
    const mine = list.body.data.find((c) => c.number === number);
    assert(mine && mine.status === 'closed', 'the dealer does not see the complaint');
    assert(mine.complainant.phone === '139****8765', `the phone reads ${mine.complainant.phone}`);
  });
}

e2eScript('complaint: from the follow-up call to closing, in the admin', 150_000, main);
