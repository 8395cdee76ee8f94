// Setup of the `storybook-locales` project (vite.config.ts): the stories' project annotations (the
// preview's providers, emulator reset and MSW loader, and the a11y addon's axe check after each
// story) for stories/locales.test.tsx, which composes the stories itself, one test per locale.
import { beforeAll } from 'vitest';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import preview from '../../.storybook/preview.js';

const annotations = setProjectAnnotations([a11yAnnotations, preview]);

beforeAll(annotations.beforeAll);
