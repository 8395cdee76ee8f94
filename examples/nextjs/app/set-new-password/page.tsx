import type { Metadata } from 'next';
import { SetNewPassword } from './SetNewPassword';

export const metadata: Metadata = {
  title: 'Set a new password',
  // The page is opened with ?token=…: keep that URL out of the Referer of anything it loads.
  referrer: 'no-referrer',
};

export default function SetNewPasswordPage() {
  return (
    <div className="auth-page">
      <SetNewPassword />
    </div>
  );
}
