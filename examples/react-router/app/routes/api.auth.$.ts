// Every /api/auth/* request (login, register-account, session, sign-out, magic links…).
export { loader, action } from '../auth.server';
