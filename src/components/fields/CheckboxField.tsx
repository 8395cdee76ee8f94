import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { MessageKey } from '../../i18n/messages.js';
import { useAuthFormContext } from '../AuthFormContext.js';

export interface CheckboxFieldProps {
  label: MessageKey;
  registration: UseFormRegisterReturn;
}

export function CheckboxField({ label, registration }: CheckboxFieldProps) {
  const { components: C, t, cls } = useAuthFormContext();
  const id = useId();
  return (
    <C.Field className={cls('field')} data-field={registration.name} data-type="checkbox">
      <C.Input {...registration} id={id} type="checkbox" className={cls('checkbox')} />
      <C.Label className={cls('label')} htmlFor={id}>
        {t(label)}
      </C.Label>
    </C.Field>
  );
}
