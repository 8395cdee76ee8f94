import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import {
  LoginForm,
  RegisterForm,
  SetNewPasswordForm,
  type AuthFormClassNames,
  type AuthFormComponents,
  type BizKitHubError,
  type IdentityResult,
  type LoginFormProps,
  type RegisterField,
} from '../../src/index.js';

test('callbacks are typed with what each form yields', () => {
  expectTypeOf<NonNullable<LoginFormProps['onSuccess']>>().parameter(0).toEqualTypeOf<IdentityResult>();
  expectTypeOf<NonNullable<LoginFormProps['onError']>>().parameter(0).toEqualTypeOf<BizKitHubError>();
  <RegisterForm onSuccess={({ email }) => expectTypeOf(email).toBeString()} />;
});

test('classNames names only real parts, and slots take the props of the element they replace', () => {
  expectTypeOf<keyof AuthFormClassNames>().toEqualTypeOf<
    | 'root' | 'logo' | 'title' | 'intro' | 'field' | 'label' | 'input' | 'checkbox' | 'hint' | 'error'
    | 'alert' | 'status' | 'button' | 'toggle' | 'link' | 'actions' | 'countdown' | 'icon' | 'description'
  >();
  // @ts-expect-error not a part of the forms
  <LoginForm classNames={{ wrapper: 'x' }} />;

  const Input = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>((props, ref) => <input {...props} ref={ref} />);
  const components: Partial<AuthFormComponents> = { Input };
  <LoginForm components={components} />;
  // @ts-expect-error a slot is a component, not markup
  <LoginForm components={{ Button: <button /> }} />;
});

test('RegisterForm fields are the contract’s optional fields only', () => {
  expectTypeOf<'phone'>().toExtend<RegisterField>();
  expectTypeOf<'newsletter'>().toExtend<RegisterField>();
  // @ts-expect-error password is always shown, not an optional field
  <RegisterForm fields={['password']} />;
  // @ts-expect-error e-mail likewise
  <RegisterForm fields={['email']} />;
});

test('SetNewPasswordForm takes a token string or reads the URL', () => {
  <SetNewPasswordForm token="Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A" />;
  <SetNewPasswordForm tokenParam="t" />;
  // @ts-expect-error the token is a string
  <SetNewPasswordForm token={42} />;
});
