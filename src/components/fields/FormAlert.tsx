import { useAuthFormContext } from '../AuthFormContext.js';
import { Actions, anyAction, type ActionItem } from './Action.js';

/** The form-level error: its localized sentence and the actions that help (register, reset…). */
export function FormAlert({ message, actions }: { message: string; actions?: readonly ActionItem[] | undefined }) {
  const { components: C, cls } = useAuthFormContext();
  return (
    <C.Alert role="alert" className={cls('alert')}>
      <p>{message}</p>
      {anyAction(actions) ? (
        <div className={cls('actions')}>
          <Actions items={actions} />
        </div>
      ) : null}
    </C.Alert>
  );
}
