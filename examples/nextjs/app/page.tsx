import Link from 'next/link';
import { Suspense } from 'react';
import { displayName } from '@/lib/account';
import { SignedIn, SignedOut } from '@/lib/auth';

const products = [
  { name: 'Sencha Asahi', origin: 'Shizuoka, Japan', price: '€12.90', colour: '#7fa650' },
  { name: 'Darjeeling First Flush', origin: 'West Bengal, India', price: '€15.40', colour: '#c28e3c' },
  { name: 'Tieguanyin', origin: 'Anxi, China', price: '€18.00', colour: '#8aa37b' },
  { name: 'Rooibos Vanilla', origin: 'Cederberg, South Africa', price: '€8.50', colour: '#b5552b' },
];

export default function Home() {
  return (
    <>
      {/* Server Components over the same auth() as the layout: still one session check per request.
          Behind their own boundary, so a navigation here shows the shelf at once. */}
      <Suspense>
        <SignedIn>
          {(account) => (
            <section className="hero">
              <h1>Welcome back, {displayName(account)}</h1>
              <p>
                Your orders and details are in <Link href="/account">your account</Link>.
              </p>
            </section>
          )}
        </SignedIn>
        <SignedOut>
          <section className="hero">
            <h1>Fresh loose-leaf tea</h1>
            <p>
              <Link href="/sign-in">Sign in</Link> to see your orders, or browse the shelf.
            </p>
          </section>
        </SignedOut>
      </Suspense>
      <ul className="products" aria-label="Products">
        {products.map((product) => (
          <li key={product.name} className="product">
            <span className="swatch" style={{ background: product.colour }} aria-hidden="true" />
            <h2>{product.name}</h2>
            <p className="muted">{product.origin}</p>
            <p className="price">{product.price}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
