import { SignedIn, SignedOut } from '@bizkithub/auth-react';
import { Link } from 'react-router';
import { displayName } from '../account';

const products = [
  { name: 'Sencha Asahi', origin: 'Shizuoka, Japan', price: '€12.90', colour: '#7fa650' },
  { name: 'Darjeeling First Flush', origin: 'West Bengal, India', price: '€15.40', colour: '#c28e3c' },
  { name: 'Tieguanyin', origin: 'Anxi, China', price: '€18.00', colour: '#8aa37b' },
  { name: 'Rooibos Vanilla', origin: 'Cederberg, South Africa', price: '€8.50', colour: '#b5552b' },
];

export default function Home() {
  return (
    <>
      {/* The client components know the session from the first paint: the root loader's, as initialSession. */}
      <SignedIn>
        {(account) => (
          <section className="hero">
            <h1>Welcome back, {displayName(account)}</h1>
            <p>
              Your details are in <Link to="/account">your account</Link>, your orders in <Link to="/orders">your orders</Link>.
            </p>
          </section>
        )}
      </SignedIn>
      <SignedOut>
        <section className="hero" data-signed-out="">
          <h1>Fresh loose-leaf tea</h1>
          <p>
            <Link to="/sign-in">Sign in</Link> to see your account, or browse the shelf.
          </p>
        </section>
      </SignedOut>
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
