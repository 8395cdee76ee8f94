/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The locale a story-test run renders every story in (one project per locale); unset: English. */
  readonly VITE_STORY_LOCALE?: string;
}
