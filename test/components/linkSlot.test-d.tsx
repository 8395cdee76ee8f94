import type { AnchorHTMLAttributes, ForwardRefExoticComponent, MouseEventHandler, ReactNode, RefAttributes, TouchEventHandler } from 'react';
import { LoginForm, RegisterForm, type AuthFormComponents, type LinkSlotProps } from '../../src/index.js';

// Structural stand-ins, copied from the published declarations (next 16: dist/client/link.d.ts;
// react-router 7: Link), so the root project need not install either.
interface UrlObject {
  pathname?: string | null | undefined;
  query?: string | null | Record<string, unknown> | undefined;
  hash?: string | null | undefined;
}
type Url = string | UrlObject;
interface NextInternalLinkProps {
  href: Url;
  as?: Url;
  replace?: boolean;
  scroll?: boolean;
  shallow?: boolean;
  passHref?: boolean;
  prefetch?: boolean | 'auto' | null;
  locale?: string | false;
  legacyBehavior?: boolean;
  onMouseEnter?: MouseEventHandler<HTMLAnchorElement>;
  onTouchStart?: TouchEventHandler<HTMLAnchorElement>;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
  onNavigate?: (event: { preventDefault: () => void }) => void;
  transitionTypes?: string[];
}
declare const NextLink: ForwardRefExoticComponent<
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof NextInternalLinkProps> &
    NextInternalLinkProps & { children?: ReactNode | undefined } & RefAttributes<HTMLAnchorElement>
>;

interface Path {
  pathname: string;
  search: string;
  hash: string;
}
interface RouterLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  discover?: 'render' | 'none';
  prefetch?: 'none' | 'intent' | 'render' | 'viewport';
  children?: ReactNode;
  reloadDocument?: boolean;
  replace?: boolean;
  state?: unknown;
  preventScrollReset?: boolean;
  relative?: 'route' | 'path';
  to: string | Partial<Path>;
  viewTransition?: boolean;
}
declare const RouterLink: ForwardRefExoticComponent<RouterLinkProps & RefAttributes<HTMLAnchorElement>>;

test("Next.js's Link fits the Link slot as it is, without a wrapper", () => {
  <LoginForm components={{ Link: NextLink }} registerHref="/register" />;
  const components: Partial<AuthFormComponents> = { Link: NextLink };
  <RegisterForm components={components} />;
});

test("React Router's Link fits the Link slot as it is: the slot also receives the URL as `to`", () => {
  <LoginForm components={{ Link: RouterLink }} resetPasswordHref="/forgot" />;
  expectTypeOf<LinkSlotProps['to']>().toEqualTypeOf<string>();
  expectTypeOf<LinkSlotProps['href']>().toEqualTypeOf<string>();
});

test('a plain anchor component still fits, and one that needs more than a URL does not', () => {
  const Anchor = (props: AnchorHTMLAttributes<HTMLAnchorElement>) => <a {...props} />;
  <LoginForm components={{ Link: Anchor }} />;
  const NamedRoute = (props: { routeName: 'home' | 'account'; children?: ReactNode }) => <a>{props.children}</a>;
  // @ts-expect-error the form cannot know a route name: it gives a URL
  <LoginForm components={{ Link: NamedRoute }} />;
});
