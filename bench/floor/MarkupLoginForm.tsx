// The bare stack (react-hook-form + zod/mini + resolver; bench/chromium.mjs adds TanStack Query) rendering the markup <LoginForm> renders:
// title, labelled fields, the password toggle with its icon and hidden label, the status region.
// It tells the runtime bench how much of LoginForm's cost is that markup and how much the kit.
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
// The same inline style object the forms use for visually hidden text (a plain constant, no kit code).
import { visuallyHidden as hidden } from '../../src/components/fields/visuallyHidden.js';

const schema = z.object({ email: z.email(), password: z.string().check(z.minLength(1)) });


export function MarkupLoginForm({ onSubmit }: { onSubmit: (values: z.infer<typeof schema>) => void }) {
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(schema) });
  const [visible, setVisible] = useState(false);
  const id = useId();
  const { errors } = formState;
  return (
    <form className="bkh-root" noValidate aria-labelledby={`${id}t`} data-bkh-form="login" method="post" onSubmit={handleSubmit(onSubmit)}>
      <h2 id={`${id}t`} className="bkh-title">Sign in</h2>
      <div className="bkh-field" data-field="email">
        <label className="bkh-label" htmlFor={`${id}e`}>E-mail</label>
        <input id={`${id}e`} className="bkh-input" type="email" autoComplete="username" inputMode="email" required aria-required="true" autoCapitalize="none" spellCheck={false} {...register('email')} />
        {errors.email && <p className="bkh-error">{errors.email.message}</p>}
      </div>
      <div className="bkh-field" data-field="password">
        <label className="bkh-label" htmlFor={`${id}p`}>Password</label>
        <input id={`${id}p`} className="bkh-input" type={visible ? 'text' : 'password'} autoComplete="current-password" required aria-required="true" autoCapitalize="none" spellCheck={false} {...register('password')} />
        <button type="button" className="bkh-toggle" data-state={visible ? 'visible' : 'hidden'} onClick={() => setVisible((shown) => !shown)}>
          <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" />
            <circle cx="12" cy="12" r="3" />
          </svg>
          <span style={hidden}>{visible ? 'Hide password' : 'Show password'}</span>
        </button>
      </div>
      <button type="submit" className="bkh-button">Sign in</button>
      <div role="status" aria-live="polite" className="bkh-status" style={hidden} />
    </form>
  );
}
