import type { Metadata } from 'next';
import { ForgotPassword } from './ForgotPassword';

export const metadata: Metadata = { title: 'Forgotten password' };

export default function ForgotPasswordPage() {
  return (
    <div className="auth-page">
      <ForgotPassword />
    </div>
  );
}
