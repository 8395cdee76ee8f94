// The bare-stack floor: react-hook-form + zod/mini + resolver, a login form and nothing else.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';

const schema = z.object({ email: z.email(), password: z.string().check(z.minLength(1)) });

export function BareLoginForm({ onSubmit }: { onSubmit: (values: z.infer<typeof schema>) => void }) {
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(schema) });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input type="email" {...register('email')} />
      {formState.errors.email && <p>{formState.errors.email.message}</p>}
      <input type="password" {...register('password')} />
      <button type="submit">Sign in</button>
    </form>
  );
}
