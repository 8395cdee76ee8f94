import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
// The package stylesheet as text: the `styled` global decides whether a story gets it (see withStylesheet).
import packageStyles from '../src/styles.css?inline';
import { storyLocales } from '../stories/support/catalogs.js';
import { api } from '../stories/support/mockApi.js';
import { StoryProviders, type BizKitHubStoryParameters } from '../stories/support/StoryProviders.js';

function languageName(locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}

async function startMockServiceWorker() {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    // Storybook's own files pass through; a request to any other origin would leave the machine.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).origin !== window.location.origin) print.error();
    },
  });
  return worker;
}

let docsPageReset: string | undefined;

/**
 * Every story starts on a fresh emulator with the demo accounts. A docs page renders all stories of
 * a file over the one emulator, so it is reset once per page, not once per story on it.
 */
const resetEmulator: Loader = ({ viewMode, title }) => {
  if (viewMode === 'docs') {
    if (docsPageReset === title) return {};
    docsPageReset = title;
  } else {
    docsPageReset = undefined;
  }
  api.reset();
  return {};
};

const withProviders: Decorator = (Story, { id, globals, parameters }) => {
  const options = (parameters.bizkithub ?? {}) as BizKitHubStoryParameters;
  return (
    <StoryProviders key={id} locale={typeof globals.locale === 'string' ? globals.locale : 'en'} timeoutMs={options.timeoutMs}>
      <Story />
    </StoryProviders>
  );
};

/**
 * Styled by default; `globals: { styled: 'off' }` (the Unstyled stories, or the toolbar) renders the
 * bare markup an integrator styles through the `bkh-*` classes and the `classNames` prop.
 */
const withStylesheet: Decorator = (Story, { globals }) => (
  <>
    {globals.styled === 'off' ? null : <style data-bkh-stylesheet="">{packageStyles}</style>}
    <Story />
  </>
);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the forms',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: storyLocales.map((locale) => ({ value: locale, title: languageName(locale), right: locale })),
        dynamicTitle: true,
      },
    },
    styled: {
      description: 'Whether the package stylesheet (styles.css) is applied',
      toolbar: {
        title: 'Styles',
        icon: 'paintbrush',
        items: [
          { value: 'on', title: 'With styles.css' },
          { value: 'off', title: 'Unstyled' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', styled: 'on' },
  loaders: [mswLoader(startMockServiceWorker), resetEmulator],
  decorators: [withProviders, withStylesheet],
  parameters: {
    msw: { handlers: { bizkithub: api.handlers } },
    // An axe violation fails the story's test, in the Storybook UI and in `vitest --project storybook`.
    a11y: { test: 'error' },
    // Callback props are spies (`fn()` in each meta's args): their calls show in the Actions panel,
    // not as JSON to edit. `components` holds functions too.
    controls: { expanded: true, exclude: /^(on[A-Z]\w*|components)$/ },
    // Each docs entry in its own frame, where its play function runs on an emulator of its own, so
    // the page shows every state (an error, a countdown, a success) instead of the same empty form.
    docs: { story: { inline: false, iframeHeight: 560 } },
  },
};

export default preview;
