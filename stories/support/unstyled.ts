/**
 * What makes a story Unstyled: the `styled` global off (see `.storybook/preview.tsx`). On a docs page
 * the story renders in its own iframe (where its play function runs), since the stylesheet of the
 * page's other stories would reach it inline.
 */
export const unstyled = {
  globals: { styled: 'off' },
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } } },
} as const;
