/** Every query and mutation of this package starts with this key: reset them all with `queryClient.resetQueries({ queryKey: bizkithubKey })`. */
export const bizkithubKey = /* @__PURE__ */ Object.freeze(['bizkithub'] as const);

/** The key of `useSession`: invalidate it after anything that signs a customer in or out. */
export const sessionQueryKey = /* @__PURE__ */ Object.freeze(['bizkithub', 'session'] as const);
