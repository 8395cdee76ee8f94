// Every /api/auth/* request (login, register-account, session, sign-out, magic links…).
export { GET, POST } from '@/lib/auth';
