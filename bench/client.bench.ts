import { bench, describe } from 'vitest';
import { createBizKitHubClient } from '../src/client/index.js';

const identityId = '9jq49ZE1xoKI7S5ys4J0a70y3Xp2hQqc';
const ok = () => new Response(JSON.stringify({ success: true, identityId }), { headers: { 'Content-Type': 'application/json' } });
const failed = () =>
  new Response(JSON.stringify({ success: false, errorCode: 'E004', message: 'Wrong e-mail or password.' }), { status: 400 });

// An in-process fetch: what is measured is the client's own work (validation, request, parsing).
const client = createBizKitHubClient({ apiKey: 'DEV_abcdefghijklmnopqrstuvwxyz12', fetch: async () => ok() });
const failing = createBizKitHubClient({ apiKey: 'DEV_abcdefghijklmnopqrstuvwxyz12', fetch: async () => failed() });

describe('client.login, in-process fetch', () => {
  bench('baseline: a bare Response parse', async () => {
    await (await ok()).json();
  });
  bench('client.login → identityId', async () => {
    await client.login({ email: 'jana@example.com', password: 'correct horse', customerRealIp: '1.1.1.1' });
  });
  bench('client.login → BizKitHubError E004', async () => {
    await failing.login({ email: 'jana@example.com', password: 'wrong' }).catch(() => undefined);
  });
  bench('client.registerAccount, every field', async () => {
    await client.registerAccount({
      email: 'jan@barasek.com',
      password: 'example_password',
      firstName: 'Jan',
      lastName: 'Barášek',
      phone: '+420 777 123 456',
      country: 'cz',
      postalCode: '272 01',
      newsletter: false,
      groups: ['vip'],
      returnUrl: 'https://shop.example/welcome',
    });
  });
});
