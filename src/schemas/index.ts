export { loginSchema } from './login.js';
export { magicAuthSchema } from './magicAuth.js';
export { magicLinkSchema } from './magicLink.js';
export { registerAccountSchema } from './registerAccount.js';
export { resetPasswordSchema } from './resetPassword.js';
export { setNewPasswordSchema } from './setNewPassword.js';
