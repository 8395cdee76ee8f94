import {
  createElement,
  forwardRef,
  type ComponentPropsWithoutRef,
  type ComponentType,
  type MouseEventHandler,
  type ReactNode,
  type RefAttributes,
} from 'react';

/**
 * A replacement for one HTML element of the forms: any component that takes that element's props (and
 * forwards its `ref`, where `AuthFormComponents` says so).
 */
export type Slot<E extends keyof HTMLElementTagNameMap> = ComponentType<
  ComponentPropsWithoutRef<E> & RefAttributes<HTMLElementTagNameMap[E]>
>;

/**
 * The parts a form is built from. Pass your design system's own through the `components` prop;
 * each receives the same props as the HTML element it replaces (and must forward `ref` where
 * the default does: `Form`, `Input`, `Button`, `Title`, `Alert`, `Status`).
 */
export interface AuthFormComponents {
  /** The `<form>`. */
  Form: Slot<'form'>;
  /** The form's heading (`<h2>` by default). */
  Title: Slot<'h2'>;
  /** A short paragraph under the title. */
  Intro: Slot<'p'>;
  /** The wrapper of one field: label, input, hint and error. */
  Field: Slot<'div'>;
  /** A field's `<label>`. */
  Label: Slot<'label'>;
  /** Text inputs and checkboxes; must forward `ref` (react-hook-form focuses it). */
  Input: Slot<'input'>;
  /** Choices such as the country and the preferred language; must forward `ref`. */
  Select: Slot<'select'>;
  /** A hint under a field, such as the phone format. */
  Hint: Slot<'p'>;
  /** A field's error message. */
  FieldError: Slot<'p'>;
  /** The form-level error region (`role="alert"` is passed in). */
  Alert: Slot<'div'>;
  /** Success and cooldown announcements (`role="status"` is passed in). */
  Status: Slot<'div'>;
  /** The submit button and the password visibility toggle. */
  Button: Slot<'button'>;
  /**
   * Links such as "Forgot your password?" when an `href` is given. Your router's link fits as it is:
   * Next.js's `Link` (reads `href`) and React Router's `Link` (reads `to`) both get the URL.
   */
  Link: ComponentType<LinkSlotProps>;
}

/**
 * What the `Link` slot receives. The URL comes twice: as `href` (read by `<a>` and Next.js's `Link`)
 * and as `to` (read by React Router's `Link`). The default `<a>` leaves `to` out of the page.
 */
export interface LinkSlotProps {
  /** The URL, already checked: http(s), mailto or a relative one, never `javascript:`. */
  href: string;
  /** The same URL as `href`, for routers whose `Link` reads `to`. */
  to: string;
  /** The part's classes: `bkh-link` and your `classNames.link`. */
  className?: string | undefined;
  /** Set when the action also has a callback: a plain left click calls it instead of following `href`. */
  onClick?: MouseEventHandler<HTMLAnchorElement> | undefined;
  /** The link's text, in the provider's language. */
  children?: ReactNode;
}

/* @__NO_SIDE_EFFECTS__ */
function element<E extends keyof HTMLElementTagNameMap>(tag: E, displayName: string): Slot<E> {
  // A plain element that forwards its ref: react-hook-form focuses inputs through it.
  const Component = forwardRef<HTMLElementTagNameMap[E], Record<string, unknown>>((props, ref) =>
    createElement(tag, { ...props, ref }),
  );
  Component.displayName = displayName;
  return Component as unknown as Slot<E>;
}

// `to` is for routers' links; an <a> would print it as an unknown attribute.
function PlainLink({ to: _to, ...props }: LinkSlotProps) {
  return createElement('a', props);
}

/**
 * What the forms render for a slot the integrator did not replace: the element itself (React takes a
 * tag name as an element type), so a default part adds no component of its own to the tree and its
 * ref is the element's. Typed as the slots they stand for; `defaultComponents` are the same
 * elements as components.
 */
export const elementSlots = {
  Form: 'form',
  Title: 'h2',
  Intro: 'p',
  Field: 'div',
  Label: 'label',
  Input: 'input',
  Select: 'select',
  Hint: 'p',
  FieldError: 'p',
  Alert: 'div',
  Status: 'div',
  Button: 'button',
  Link: PlainLink,
} as Record<keyof AuthFormComponents, unknown> as AuthFormComponents;

/* @__NO_SIDE_EFFECTS__ */
function slotComponents(): AuthFormComponents {
  const entries = Object.entries(elementSlots).map(([slot, type]) => [
    slot,
    typeof type === 'string' ? element(type as keyof HTMLElementTagNameMap, `BizKitHub.${slot}`) : type,
  ]);
  return Object.fromEntries(entries) as Record<keyof AuthFormComponents, unknown> as AuthFormComponents;
}

/** The default slots as components (each the element, forwarding its ref), for those who compose them. */
export const defaultComponents: Readonly<AuthFormComponents> = /* @__PURE__ */ Object.freeze(slotComponents());

/** Named parts that take an extra class through the `classNames` prop. */
export type AuthFormPart =
  | 'root'
  | 'logo'
  | 'title'
  | 'intro'
  | 'field'
  | 'label'
  | 'input'
  | 'checkbox'
  | 'hint'
  | 'error'
  | 'alert'
  | 'status'
  | 'button'
  | 'toggle'
  | 'link'
  | 'actions'
  | 'countdown'
  | 'icon'
  | 'description';

/**
 * Extra classes by part, added next to each part's stable `bkh-<part>` class, e.g.
 * `classNames={{ button: 'btn btn-primary' }}` for a design system's own styles.
 */
export type AuthFormClassNames = Partial<Record<AuthFormPart, string>>;

/** Every part carries a stable `bkh-<part>` class (what styles.css targets) plus the integrator's own. */
export function partClass(part: AuthFormPart, classNames: AuthFormClassNames | undefined, extra?: string): string {
  return [`bkh-${part}`, classNames?.[part], extra].filter(Boolean).join(' ');
}
