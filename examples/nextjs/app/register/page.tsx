import type { Metadata } from 'next';
import { Register } from './Register';

export const metadata: Metadata = { title: 'Create an account' };

export default function RegisterPage() {
  return (
    <div className="auth-page">
      <Register />
    </div>
  );
}
