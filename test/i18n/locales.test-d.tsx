import { BizKitHubProvider, en, type Messages } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';

test('a catalog must have every key of English', () => {
  const { 'login.title': _dropped, ...missingOne } = en;
  // @ts-expect-error: 'login.title' is missing, so this is not a Messages.
  const incomplete: Messages = missingOne;
  expectTypeOf(cs).toEqualTypeOf<Messages>();
  expectTypeOf(incomplete).toEqualTypeOf<Messages>();
});

test('the provider takes catalogs, or a catalog as its locale', () => {
  expectTypeOf(<BizKitHubProvider apiKey="DEV_x" locale="cs" catalogs={[cs]} />).not.toBeAny();
  expectTypeOf(<BizKitHubProvider apiKey="DEV_x" locale={cs} />).not.toBeAny();
  // @ts-expect-error: catalogs are Messages objects, not locale codes.
  expectTypeOf(<BizKitHubProvider apiKey="DEV_x" catalogs={['cs']} />).not.toBeAny();
});
