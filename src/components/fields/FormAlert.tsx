import type { ReactNode } from 'react';
import { useAuthFormContext } from '../AuthFormContext.js';
import { Actions, anyAction, type ActionItem } from './Action.js';
import { visuallyHidden } from './visuallyHidden.js';

export interface FormAlertProps {
  message: string;
  /** The actions that help (register, reset…); shown when they have somewhere to go. */
  actions?: readonly ActionItem[] | undefined;
  /** Announced with the message but not shown (a throttle's wait, which the countdown shows). */
  spoken?: string | undefined;
  /** More about this failure, under its sentence (where a confirmation e-mail went…). */
  children?: ReactNode;
}

/** The form-level error: its localized sentence and the actions that help (register, reset…). */
export function FormAlert({ message, actions, spoken, children }: FormAlertProps) {
  const { components: C, cls } = useAuthFormContext();
  return (
    <C.Alert role="alert" className={cls('alert')}>
      <p>{message}</p>
      {children}
      {spoken ? (
        <span style={visuallyHidden} data-cooldown-message="">
          {` ${spoken}`}
        </span>
      ) : null}
      {anyAction(actions) ? (
        <div className={cls('actions')}>
          <Actions items={actions} />
        </div>
      ) : null}
    </C.Alert>
  );
}
