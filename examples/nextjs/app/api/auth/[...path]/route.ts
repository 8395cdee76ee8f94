import { createBizKitHubHandler, type BizKitHubHandler } from '@bizkithub/auth-react/server';
import { authOptions } from '@/lib/auth';

// Every /api/auth/* request (login, register-account, session, sign-out, …) goes to one handler,
// created on the first request so that `next build` needs no key.
let handler: BizKitHubHandler | undefined;
const auth = (request: Request) => (handler ??= createBizKitHubHandler(authOptions()))(request);

export { auth as GET, auth as POST };
