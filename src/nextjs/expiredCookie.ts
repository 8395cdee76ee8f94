/** A cookie as Next's `cookies().set()` takes it. */
export interface NextCookie {
  name: string;
  value: string;
  maxAge: number;
  expires: Date;
  path: string;
  domain?: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'lax' | 'strict' | 'none';
}

/**
 * The handler's `Set-Cookie` that forgets the session (`auth-id=; Max-Age=0; Path=/; HttpOnly; …`) as
 * Next's cookie object, so a server action clears the very cookie the handler set (same name, path,
 * domain: a cookie of another path or domain would stay).
 */
export function expiredCookie(setCookie: string): NextCookie {
  const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
  const cookie: NextCookie = {
    name: pair.slice(0, pair.indexOf('=')),
    value: '',
    maxAge: 0,
    expires: new Date(0),
    path: '/',
    httpOnly: false,
    secure: false,
    sameSite: 'lax',
  };
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.split('=');
    if (key === 'Path') cookie.path = value;
    else if (key === 'Domain') cookie.domain = value;
    else if (key === 'HttpOnly') cookie.httpOnly = true;
    else if (key === 'Secure') cookie.secure = true;
    else if (key === 'SameSite') cookie.sameSite = value.toLowerCase() as NextCookie['sameSite'];
  }
  return cookie;
}
