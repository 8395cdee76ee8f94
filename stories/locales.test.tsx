/**
 * The stories in every shipped language but English (which the `storybook` project runs), on one
 * page: each story renders in the locale, its play function runs (it reads the locale's texts), and
 * axe must find no violation (the a11y addon's check, as in `storybook`). English only: the stories
 * tagged `english-only`, which have no text of their own (Unstyled is Default's text without the
 * stylesheet; the network, time-out and HTTP 429 alerts are sentences every form shares, and
 * LoginForm keeps them in every locale), and the journeys (whole flows, text-independent wiring).
 *
 * One page for all locales: a browser instance per locale paid the page's start (the preview and
 * every module, about 13 CPU-s) four times, and a group of its own after the English stories.
 */
import { composeStories, type composeStory } from '@storybook/react-vite';
import { describe, test } from 'vitest';
import { storyLocales } from './support/catalogs.js';

type StoryModule = Parameters<typeof composeStories>[0] & Readonly<Record<string, { name?: string }>>;
type ComposedStory = ReturnType<typeof composeStory>;

const modules = import.meta.glob<StoryModule>(
  ['./*.stories.tsx', '!./*Journey.stories.tsx', '!./ProductionMode.stories.tsx', '!./CustomUiWithHooks.stories.tsx', '!./HeadlessHooks.stories.tsx'],
  { eager: true },
);

/** Storybook's name for a story without one of its own: `SignedIn` is "Signed In". */
const nameFromExport = (exportName: string) => exportName.replace(/([a-z\d])([A-Z])/g, '$1 $2');

const locales = storyLocales.filter((locale) => locale !== 'en');

for (const locale of locales) {
  describe(locale, () => {
    for (const [path, module] of Object.entries(modules)) {
      describe(path.slice('./'.length), () => {
        const stories: Readonly<Record<string, ComposedStory>> = composeStories(module, {
          initialGlobals: { locale },
          // The colours are the same in every language: English checks their contrast.
          parameters: { a11y: { options: { rules: { 'color-contrast': { enabled: false } } } } },
        });
        for (const [exportName, story] of Object.entries(stories)) {
          if (!story.tags.includes('test') || story.tags.includes('english-only')) continue;
          // The name Storybook shows (and the `storybook` project's test has): the story's own, or
          // its export's.
          const { name } = module[exportName] ?? {};
          test(name ?? nameFromExport(exportName), async () => {
            await story.run();
          });
        }
      });
    }
  });
}
