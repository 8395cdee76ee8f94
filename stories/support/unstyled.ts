/**
 * What makes a story Unstyled: the `styled` global off (see `.storybook/preview.tsx`). Like every
 * docs entry it renders in a frame of its own, so the stylesheet of the page's other stories cannot
 * reach it.
 */
export const unstyled = {
  globals: { styled: 'off' },
} as const;
